import { z } from "zod";
import { issue, withValues } from "@/lib/i18n/issue-text";
import type { DeadlineInput } from "./deadlines";
import { DEADLINE_EVENT_TYPES, REGIME_IDS, RIGHT_IDS, type DeadlineEventType, type RegimeId, type RightId } from "./types";

export const EVENT_ROWS = 3;

type SearchParams = Record<string, string | string[] | undefined>;
export type DeadlineFormField = "regime" | "right" | "receivedOn" | "timeZone" | "holidayRegion" | "events";
export type DeadlineFormValues = Record<string, string>;

const optionalText = z
  .string()
  .trim()
  .max(64, issue("deadlines.tooLong", { max: 64 }))
  .transform((value) => (value === "" ? undefined : value));

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const isEventType = (value: string): value is DeadlineEventType => (DEADLINE_EVENT_TYPES as readonly string[]).includes(value);

/** An event row the user may leave blank; half-filled rows are errors, blank ones are dropped. */
const eventRow = z
  .object({ type: z.string().trim(), on: z.string().trim() })
  .superRefine((row, ctx) => {
    if (row.type === "" && row.on === "") return;
    if (row.type === "" || row.on === "") ctx.addIssue({ code: "custom", message: issue("deadlines.eventBoth") });
    else if (!isEventType(row.type)) ctx.addIssue({ code: "custom", message: issue("deadlines.eventType") });
    else if (!ISO_DATE.test(row.on)) ctx.addIssue({ code: "custom", message: issue("deadlines.eventDate") });
  })
  .transform((row) => (isEventType(row.type) ? { type: row.type, on: row.on } : undefined));

/** One schema for the calculator's query string: what the form sends, before the engine's own checks. */
export const deadlineQuerySchema = z.object({
  regime: z.enum(REGIME_IDS, issue("deadlines.regime")),
  right: z.enum(RIGHT_IDS, issue("deadlines.right")),
  receivedOn: z.string().trim().regex(ISO_DATE, issue("deadlines.receivedOn")),
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
    for (const problem of parsed.error.issues) {
      const field = String(problem.path[0]) as DeadlineFormField;
      // A message key (messages/<locale>/validation.json), said in the reader's language where it is shown.
      errors[field] ??= field === "events" ? withValues(problem.message, { row: Number(problem.path[1]) + 1 }) : problem.message;
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
