import type { TrackingFailure } from "../actions";

const MESSAGES: Record<TrackingFailure["reason"], string> = {
  "signed-out": "You have been signed out. Sign in again in another tab, then try again.",
  "not-found": "This request no longer exists.",
  invalid: "Some answers need fixing: see the messages next to them.",
  "invalid-transition": "That cannot follow what is recorded so far.",
  "invalid-date": "Check the date.",
  conflict: "This request changed in another tab or window. The page now shows the latest state: check it, then try again.",
  "nothing-to-undo": "There is nothing to undo: the request as sent stays.",
};

export function failureMessage(failure: TrackingFailure): string {
  return failure.message ?? MESSAGES[failure.reason];
}
