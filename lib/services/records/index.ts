import type { ServiceRecord } from "../types";
import { netflix2024 } from "./netflix-2024";
import { netflixUndated } from "./netflix-undated";
import { loadOtaRecords } from "./ota-records";
import { trakt2018 } from "./trakt-2018";
import { trakt2022 } from "./trakt-2022";
import { traktUndated } from "./trakt-undated";

/** The seed records, one per seed document, read in full by hand. */
export const curatedRecords: readonly ServiceRecord[] = [traktUndated, trakt2018, trakt2022, netflixUndated, netflix2024];

/** Every record, one per stored document: the seeds and the Open Terms Archive captures. */
export const policyRecords: readonly ServiceRecord[] = [...curatedRecords, ...loadOtaRecords()];
