import type { useTranslations } from "next-intl";
import type { TrackingFailure } from "../actions";

type TrackingT = ReturnType<typeof useTranslations<"tracking">>;

/** What a failed step says: the server's own sentence where it gave one, else the reason's. */
export function failureMessage(failure: TrackingFailure, t: TrackingT): string {
  return failure.message ?? t(`failure.${failure.reason}`);
}
