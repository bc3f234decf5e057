// Its own module, free of the law and catalogue imports lifecycle.ts needs: client forms read it.
export const REQUEST_STATUSES = [
  "sent",
  "acknowledged",
  "awaiting-you",
  "extended",
  "partial",
  "answered",
  "refused",
  "follow-up-sent",
  "complaint-filed",
  "appealed",
  "completed",
  "withdrawn",
] as const;
export type RequestStatus = (typeof REQUEST_STATUSES)[number];
