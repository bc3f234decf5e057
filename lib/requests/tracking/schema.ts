import { z } from "zod";
import { REGIME_IDS } from "@/lib/law/types";
import { multiLine, singleLine } from "@/lib/text/safe-text";
import { isRealIsoDate, isTimeZone } from "../dates";
import { RECORDABLE_EVENT_TYPES } from "../event-types";
import { REQUEST_STATUSES } from "../statuses";

// One schema per input, shared by the forms (zodResolver) and the server actions.

const oneLine = singleLine;
const text = multiLine;

/** The browser's zone from a hidden field; anything else is dropped, and the law's zone is used. */
export const timeZoneField = z
  .unknown()
  .optional()
  .transform((value) => (typeof value === "string" && value.length <= 64 && isTimeZone(value) ? value : undefined));

export const recordEventSchema = z
  .object({
    type: z.enum(RECORDABLE_EVENT_TYPES, "Choose what happened."),
    on: z.string().trim().refine(isRealIsoDate, "Enter the date as YYYY-MM-DD."),
    timeZone: timeZoneField,
    completeness: z.enum(["complete", "partial"]).optional(),
    received: z.array(singleLine("An item", 80)).max(60).optional(),
    reason: oneLine("The reason", 500).optional(),
    authority: oneLine("The authority's name", 200).optional(),
    reference: oneLine("The reference", 100).optional(),
    summary: text("The summary", 2000).optional(),
    /** The language of the reminder, appeal or complaint letter the user sent. */
    // Spelled out, not imported from lib/letters: this schema is in the request page's client bundle,
    // and importing the letters' schema there pulled server-only modules into it (a test keeps the lists equal).
    language: z.enum(["en", "de", "fr", "es", "it", "nl", "pt-PT", "pt-BR", "pl"]).optional(),
  })
  .superRefine((value, ctx) => {
    if (value.type === "answer-received" && !value.completeness)
      ctx.addIssue({ code: "custom", path: ["completeness"], message: "Say whether the answer is complete." });
    if (value.type === "refused" && !value.reason)
      ctx.addIssue({ code: "custom", path: ["reason"], message: "Enter the reason they gave, or write “none given”." });
    if (value.type === "complaint-filed" && !value.authority)
      ctx.addIssue({ code: "custom", path: ["authority"], message: "Name the authority you complained to." });
  });

export type RecordEventInput = z.input<typeof recordEventSchema>;
export type RecordEventValues = z.output<typeof recordEventSchema>;

/** The buttons on the dashboard: things that need no more than a date. */
export const QUICK_EVENT_TYPES = ["acknowledged", "answer-received", "completed"] as const;
export const quickEventSchema = z.object({ type: z.enum(QUICK_EVENT_TYPES), timeZone: timeZoneField });

export const noteSchema = z.object({
  body: text("The note", 5000).pipe(z.string().min(1, "Write something first.")),
});
export type NoteInput = z.input<typeof noteSchema>;

export const DASHBOARD_GROUPS = ["open", "overdue", "due-soon", "waiting", "done", "all"] as const;
export type DashboardGroup = (typeof DASHBOARD_GROUPS)[number];
export const DASHBOARD_SORTS = ["due", "sent", "service"] as const;
export type DashboardSort = (typeof DASHBOARD_SORTS)[number];

/** The dashboard's query string; anything unknown falls back to the default view rather than failing. */
export const dashboardQuerySchema = z.object({
  group: z.enum(DASHBOARD_GROUPS).catch("open"),
  status: z.enum(REQUEST_STATUSES).optional().catch(undefined),
  law: z.enum(REGIME_IDS).optional().catch(undefined),
  sort: z.enum(DASHBOARD_SORTS).catch("due"),
  page: z.coerce.number().int().min(1).max(10_000).catch(1),
  /** The requests of one bulk run (lib/catalog). */
  batch: z
    .string()
    .regex(/^[a-z0-9]{8,32}$/)
    .optional()
    .catch(undefined),
});
export type DashboardQuery = z.output<typeof dashboardQuerySchema>;

export function parseDashboardQuery(params: Record<string, string | string[] | undefined>): DashboardQuery {
  const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value) || undefined;
  return dashboardQuerySchema.parse({
    group: first(params.group),
    status: first(params.status),
    law: first(params.law),
    sort: first(params.sort),
    page: first(params.page) ?? 1,
    batch: first(params.batch),
  });
}
