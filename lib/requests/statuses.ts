// The statuses a tracked request can have: its own module, so forms and schemas that run in the
// browser can name them without importing the lifecycle (and with it the deadline engine).
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
