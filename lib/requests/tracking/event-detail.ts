import type { TimelineEvent } from "../lifecycle";

const record = (data: unknown): Record<string, unknown> => (data && typeof data === "object" && !Array.isArray(data) ? (data as Record<string, unknown>) : {});

/** The one-line detail the timeline and the evidence file show next to an event's title. */
export function eventDetail(event: Pick<TimelineEvent, "type" | "data">): string | undefined {
  const data = record(event.data);
  switch (event.type) {
    case "answer-received": {
      const missing = Array.isArray(data.missing) ? data.missing.length : 0;
      const what = data.completeness === "partial" ? "only in part" : "complete";
      return missing > 0 ? `${what}, ${missing} required item${missing === 1 ? "" : "s"} missing` : what;
    }
    case "refused":
      return typeof data.reason === "string" && data.reason ? `“${data.reason}”` : undefined;
    case "complaint-filed":
      return (
        [data.authority, typeof data.reference === "string" && data.reference ? `reference ${data.reference}` : ""].filter(Boolean).join(", ") || undefined
      );
    default:
      return typeof data.summary === "string" && data.summary ? data.summary : undefined;
  }
}

/** The letters that went out after the first one, as stored on their events. */
export function lettersSent(
  events: readonly TimelineEvent[],
  undoneIds: ReadonlySet<string>,
): { id: string; type: string; on: string; subject: string; body: string }[] {
  return events.flatMap((event) => {
    const letter = record(record(event.data).letter);
    if (undoneIds.has(event.id) || typeof letter.subject !== "string" || typeof letter.body !== "string") return [];
    return [{ id: event.id, type: event.type, on: event.on, subject: letter.subject, body: letter.body }];
  });
}
