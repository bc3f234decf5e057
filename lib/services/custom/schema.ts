import * as z from "zod/mini";
import { issue } from "@/lib/i18n/issue-text";
import { documentText, recordIdSchema, singleLine, textProblem } from "@/lib/text/safe-text";
import type { DurationRole, ProposalKind } from "../extractor/types";
import { REGIME_IDS, RIGHT_IDS } from "../types";

export const MAX_NAME_CHARS = 120;
// Saving goes through a server action, whose body is capped at 1 MB: 300,000 characters stay
// under it even when every character takes three bytes. Uploads may be larger (HTML shrinks).
export const MAX_SOURCE_CHARS = 300_000;
import { MAX_PROPOSALS } from "../extractor/formats";

const KINDS: Record<ProposalKind, true> = {
  email: true,
  "redacted-email": true,
  url: true,
  duration: true,
  right: true,
  jurisdiction: true,
  "not-governed": true,
  "effective-date": true,
  "subject-line": true,
  "from-account-email": true,
  "include-username": true,
  "postal-address": true,
  dpo: true,
  authority: true,
  "withdraw-consent": true,
  "identity-verification": true,
  "legal-entity": true,
  fee: true,
  "decline-ground": true,
};
export const PROPOSAL_KINDS = Object.keys(KINDS) as [ProposalKind, ...ProposalKind[]];
export const DURATION_ROLES = ["response", "extension", "retention", "other"] as const satisfies readonly DurationRole[];

export function isHttpUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return (url.protocol === "https:" || url.protocol === "http:") && url.hostname.length > 0;
  } catch {
    return false;
  }
}

/** "30 days", "1 month", "45 calendar days": what a person types for a time limit. */
export function parseDuration(value: string): { days: number } | { months: number } | null {
  const m = /^(\d{1,4})\s*(?:calendar\s+)?(days?|months?)$/i.exec(value.trim());
  if (!m) return null;
  const amount = Number(m[1]);
  const days = m[2]!.toLowerCase().startsWith("d");
  if (amount < 1 || amount > (days ? 3650 : 120)) return null;
  return days ? { days: amount } : { months: amount };
}

export function isIsoDate(value: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const probe = new Date(Date.UTC(y, mo - 1, d));
  return probe.getUTCFullYear() === y && probe.getUTCMonth() === mo - 1 && probe.getUTCDate() === d;
}

const email = z.email();
// zod's small build: the review form validates with these in the browser; messages are keys of validation.json.
const VALUE_CHECKS: Partial<Record<ProposalKind, (value: string) => string | null>> = {
  email: (v) => (email.safeParse(v.trim()).success ? null : issue("custom.email")),
  url: (v) => (isHttpUrl(v.trim()) ? null : issue("custom.url")),
  duration: (v) => (parseDuration(v) ? null : issue("custom.duration")),
  right: (v) => ((RIGHT_IDS as readonly string[]).includes(v) ? null : issue("custom.right")),
  jurisdiction: (v) => ((REGIME_IDS as readonly string[]).includes(v) ? null : issue("custom.law")),
  "not-governed": (v) => ((REGIME_IDS as readonly string[]).includes(v) ? null : issue("custom.law")),
  "effective-date": (v) => (isIsoDate(v) ? null : issue("custom.date")),
  "postal-address": (v) => (v.trim().length > 0 && v.length <= 300 ? null : issue("custom.postalAddress", { max: 300 })),
  "subject-line": (v) => (v.trim().length > 0 && v.length <= 200 && !/[\r\n]/.test(v) ? null : issue("custom.subjectLine", { max: 200 })),
};

/** One proposal as the form holds it: where it came from, whether it is kept, and its value as edited. */
const count = () => z.int().check(z.minimum(0));

export const proposalChoiceSchema = z
  .object({
    index: count(),
    kind: z.enum(PROPOSAL_KINDS),
    start: count(),
    end: count(),
    accepted: z.boolean(),
    // Any value the person left out is ignored, but every value must be storable text.
    value: z.string().check(
      z.maxLength(2_000),
      z.refine((v) => textProblem(v, "document") === null, issue("custom.valueNotStorable")),
    ),
    role: z.optional(z.enum(DURATION_ROLES)),
  })
  .check(
    z.superRefine((choice, ctx) => {
      // A proposal the person left out may hold anything: only kept values must be right.
      const problem = choice.accepted ? VALUE_CHECKS[choice.kind]?.(choice.value) : null;
      if (problem) ctx.addIssue({ code: "custom", path: ["value"], message: problem });
    }),
  );

export const saveCustomServiceSchema = z
  .object({
    name: singleLine("serviceName", 10_000).check(
      z.minLength(1, issue("custom.name")),
      z.maxLength(MAX_NAME_CHARS, issue("custom.nameTooLong", { max: MAX_NAME_CHARS })),
    ),
    sourceName: z.nullable(singleLine("fileName", 255)),
    sourceText: documentText("policyText", MAX_SOURCE_CHARS).check(z.minLength(1, issue("custom.policyEmpty"))),
    proposals: z.array(proposalChoiceSchema).check(z.maxLength(MAX_PROPOSALS)),
  })
  .check(
    z.refine((input) => input.proposals.some((p) => p.accepted), {
      path: ["proposals"],
      message: issue("custom.keepOne"),
    }),
  );

export type ProposalChoice = z.infer<typeof proposalChoiceSchema>;
export type SaveCustomServiceInput = z.input<typeof saveCustomServiceSchema>;
export type SaveCustomServiceData = z.output<typeof saveCustomServiceSchema>;

export const customServiceIdSchema = recordIdSchema;

export const MAX_URL_CHARS = 2_000;
/** The address of a policy to fetch: one line of storable text that parses as an http(s) address. */
export const policyUrlSchema = singleLine("policyAddress", MAX_URL_CHARS).check(z.refine(isHttpUrl, issue("custom.policyUrl")));
