import type { ServiceRecord } from "../types";
import { netflix2024 } from "./netflix-2024";
import { netflixUndated } from "./netflix-undated";
import { trakt2018 } from "./trakt-2018";
import { trakt2022 } from "./trakt-2022";
import { traktUndated } from "./trakt-undated";

/** Every curated record, one per stored document. */
export const curatedRecords: readonly ServiceRecord[] = [traktUndated, trakt2018, trakt2022, netflixUndated, netflix2024];
