import { z } from "zod";
import type { DeadlineInput } from "./deadlines";
import { DEADLINE_EVENT_TYPES, REGIME_IDS, RIGHT_IDS, type DeadlineEventType, type RegimeId, type RightId } from "./types";

export const EVENT_ROWS = 3;

type SearchParams = Record<string, string | string[] | undefined>;
export type DeadlineFormField = "regime" | "right" | "receivedOn" | "timeZone" | "holidayRegion" | "events";
export type DeadlineFormValues = Record<string, string>;

const optionalText = z
  .string()
  .trim()
  .max(64, "Keep this under 64 characters.")
  .transform((value) => (value === "" ? undefined : value));

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const isEventType = (value: string): value is DeadlineEventType => (DEADLINE_EVENT_TYPES as readonly string[]).includes(value);

/** An event row the user may leave blank; half-filled rows are errors, blank ones are dropped. */
const eventRow = z
  .object({ type: z.string().trim(), on: z.string().trim() })
  .superRefine((row, ctx) => {
    if (row.type === "" && row.on === "") return;
    if (row.type === "" || row.on === "") ctx.addIssue({ code: "custom", message: "Give both what happened and the date, or leave both empty." });
    else if (!isEventType(row.type)) ctx.addIssue({ code: "custom", message: "Choose what happened from the list." });
    else if (!ISO_DATE.test(row.on)) ctx.addIssue({ code: "custom", message: "Enter the event's date as YYYY-MM-DD." });
  })
  .transform((row) => (isEventType(row.type) ? { type: row.type, on: row.on } : undefined));

/** One schema for the calculator's query string: what the form sends, before the engine's own checks. */
export const deadlineQuerySchema = z.object({
  regime: z.enum(REGIME_IDS, "Choose a law from the list."),
  right: z.enum(RIGHT_IDS, "Choose a right from the list."),
  receivedOn: z.string().trim().regex(ISO_DATE, "Enter the date the organisation received your request, as YYYY-MM-DD."),
  timeZone: optionalText,
  holidayRegion: optionalText,
  events: z.array(eventRow).max(EVENT_ROWS),
});

export type DeadlineQuery =
  | { status: "empty"; values: DeadlineFormValues }
  | { status: "invalid"; values: DeadlineFormValues; errors: Partial<Record<DeadlineFormField, string>> }
  | { status: "valid"; values: DeadlineFormValues; input: DeadlineInput & { regime: RegimeId; right: RightId } };

function first(value: string | string[] | undefined): string {
  return (Array.isArray(value) ? value[0] : value) ?? "";
}

export function parseDeadlineQuery(params: SearchParams): DeadlineQuery {
  const names = ["regime", "right", "receivedOn", "timeZone", "holidayRegion"];
  for (let row = 1; row <= EVENT_ROWS; row++) names.push(`event${row}`, `event${row}On`);
  const values: DeadlineFormValues = Object.fromEntries(names.map((name) => [name, first(params[name]).slice(0, 200)]));
  if (names.every((name) => values[name] === "")) return { status: "empty", values };

  const events = Array.from({ length: EVENT_ROWS }, (_, index) => ({ type: values[`event${index + 1}`]!, on: values[`event${index + 1}On`]! }));
  const parsed = deadlineQuerySchema.safeParse({ ...values, events });
  if (!parsed.success) {
    const errors: Partial<Record<DeadlineFormField, string>> = {};
    for (const issue of parsed.error.issues) {
      const field = String(issue.path[0]) as DeadlineFormField;
      const where = field === "events" ? `Event ${Number(issue.path[1]) + 1}: ` : "";
      errors[field] ??= `${where}${issue.message}`;
    }
    return { status: "invalid", values, errors };
  }
  const { regime, right, receivedOn, timeZone, holidayRegion } = parsed.data;
  const filled = parsed.data.events.filter((event) => event !== undefined);
  return {
    status: "valid",
    values,
    input: {
      regime,
      right,
      receivedOn,
      ...(timeZone ? { timeZone } : {}),
      ...(holidayRegion ? { holidayRegion } : {}),
      events: filled,
    },
  };
}
