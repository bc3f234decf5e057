import * as z from "zod/mini";
import { issue } from "@/lib/i18n/issue-text";
import { REGIME_IDS } from "@/lib/law/types";
import { multiLine, singleLine } from "@/lib/text/safe-text";
import { isRealIsoDate, isTimeZone } from "../dates";
import { RECORDABLE_EVENT_TYPES } from "../event-types";
import { REQUEST_STATUSES } from "../statuses";

// One schema per input, shared by the forms (zodResolver) and the server actions; zod's small build,
// as the request page validates with them. Messages are keys of validation.json (lib/i18n/issue-text.ts).

const oneLine = singleLine;
const text = multiLine;

/** The browser's zone from a hidden field; anything else is dropped, and the law's zone is used. */
export const timeZoneField = z.pipe(
  z.optional(z.unknown()),
  z.transform((value) => (typeof value === "string" && value.length <= 64 && isTimeZone(value) ? value : undefined)),
);

export const recordEventSchema = z
  .object({
    type: z.enum(RECORDABLE_EVENT_TYPES, issue("event.type")),
    on: z.string().check(z.trim(), z.refine(isRealIsoDate, issue("event.on"))),
    timeZone: timeZoneField,
    completeness: z.optional(z.enum(["complete", "partial"])),
    received: z.optional(z.array(singleLine("item", 80)).check(z.maxLength(60))),
    reason: z.optional(oneLine("reason", 500)),
    authority: z.optional(oneLine("authorityName", 200)),
    reference: z.optional(oneLine("reference", 100)),
    summary: z.optional(text("summary", 2000)),
    /** The language of the reminder, appeal or complaint letter the user sent. */
    // Spelled out, not imported from lib/letters: this schema is in the request page's client bundle,
    // and importing the letters' schema there pulled server-only modules into it (a test keeps the lists equal).
    language: z.optional(z.enum(["en", "de", "fr", "es", "it", "nl", "pt-PT", "pt-BR", "pl"])),
  })
  .check(
    z.superRefine((value, ctx) => {
      if (value.type === "answer-received" && !value.completeness)
        ctx.addIssue({ code: "custom", path: ["completeness"], message: issue("event.completeness") });
      if (value.type === "refused" && !value.reason) ctx.addIssue({ code: "custom", path: ["reason"], message: issue("event.reason") });
      if (value.type === "complaint-filed" && !value.authority) ctx.addIssue({ code: "custom", path: ["authority"], message: issue("event.authority") });
    }),
  );

export type RecordEventInput = z.input<typeof recordEventSchema>;
export type RecordEventValues = z.output<typeof recordEventSchema>;

/** The buttons on the dashboard: things that need no more than a date. */
export const QUICK_EVENT_TYPES = ["acknowledged", "answer-received", "completed"] as const;
export const quickEventSchema = z.object({ type: z.enum(QUICK_EVENT_TYPES), timeZone: timeZoneField });

export const noteSchema = z.object({
  body: text("note", 5000).check(z.minLength(1, issue("event.noteEmpty"))),
});
export type NoteInput = z.input<typeof noteSchema>;

export const DASHBOARD_GROUPS = ["open", "overdue", "due-soon", "waiting", "done", "all"] as const;
export type DashboardGroup = (typeof DASHBOARD_GROUPS)[number];
export const DASHBOARD_SORTS = ["due", "sent", "service"] as const;
export type DashboardSort = (typeof DASHBOARD_SORTS)[number];

/** The dashboard's query string; anything unknown falls back to the default view rather than failing. */
export const dashboardQuerySchema = z.object({
  group: z.catch(z.enum(DASHBOARD_GROUPS), "open"),
  status: z.catch(z.optional(z.enum(REQUEST_STATUSES)), undefined),
  law: z.catch(z.optional(z.enum(REGIME_IDS)), undefined),
  sort: z.catch(z.enum(DASHBOARD_SORTS), "due"),
  page: z.catch(z.pipe(z.coerce.number(), z.int().check(z.minimum(1), z.maximum(10_000))), 1),
  /** The requests of one bulk run (lib/catalog). */
  batch: z.catch(z.optional(z.string().check(z.regex(/^[a-z0-9]{8,32}$/))), undefined),
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
