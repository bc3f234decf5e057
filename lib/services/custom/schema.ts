import { z } from "zod";
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
const VALUE_CHECKS: Partial<Record<ProposalKind, (value: string) => string | null>> = {
  email: (v) => (email.safeParse(v.trim()).success ? null : "Enter an email address like privacy@example.com."),
  url: (v) => (isHttpUrl(v.trim()) ? null : "Enter a link that starts with https:// or http://."),
  duration: (v) => (parseDuration(v) ? null : 'Write a number of days or months, like "30 days" or "1 month".'),
  right: (v) => ((RIGHT_IDS as readonly string[]).includes(v) ? null : "Choose a right."),
  jurisdiction: (v) => ((REGIME_IDS as readonly string[]).includes(v) ? null : "Choose a law."),
  "not-governed": (v) => ((REGIME_IDS as readonly string[]).includes(v) ? null : "Choose a law."),
  "effective-date": (v) => (isIsoDate(v) ? null : "Enter a date as year-month-day, like 2024-04-17."),
  "postal-address": (v) => (v.trim().length > 0 && v.length <= 300 ? null : "Enter the postal address, up to 300 characters."),
  "subject-line": (v) => (v.trim().length > 0 && v.length <= 200 && !/[\r\n]/.test(v) ? null : "Enter a subject line of up to 200 characters."),
};

/** One proposal as the form holds it: where it came from, whether it is kept, and its value as edited. */
export const proposalChoiceSchema = z
  .object({
    index: z.number().int().min(0),
    kind: z.enum(PROPOSAL_KINDS),
    start: z.number().int().min(0),
    end: z.number().int().min(0),
    accepted: z.boolean(),
    // Any value the person left out is ignored, but every value must be storable text.
    value: z
      .string()
      .max(2_000)
      .refine((v) => textProblem(v, "document") === null, "The value contains characters that cannot be stored."),
    role: z.enum(DURATION_ROLES).optional(),
  })
  .superRefine((choice, ctx) => {
    // A proposal the person left out may hold anything: only kept values must be right.
    const problem = choice.accepted ? VALUE_CHECKS[choice.kind]?.(choice.value) : null;
    if (problem) ctx.addIssue({ code: "custom", path: ["value"], message: problem });
  });

export const saveCustomServiceSchema = z
  .object({
    name: singleLine("The name", 10_000).pipe(
      z.string().min(1, "Give the service a name.").max(MAX_NAME_CHARS, `Keep the name under ${MAX_NAME_CHARS} characters.`),
    ),
    sourceName: singleLine("The file name", 255).nullable(),
    sourceText: documentText("The policy text", MAX_SOURCE_CHARS).pipe(z.string().min(1, "The policy text is empty.")),
    proposals: z.array(proposalChoiceSchema).max(MAX_PROPOSALS),
  })
  .refine((input) => input.proposals.some((p) => p.accepted), {
    path: ["proposals"],
    message: "Keep at least one fact: a service with none would not help you write a request.",
  });

export type ProposalChoice = z.infer<typeof proposalChoiceSchema>;
export type SaveCustomServiceInput = z.input<typeof saveCustomServiceSchema>;
export type SaveCustomServiceData = z.output<typeof saveCustomServiceSchema>;

export const customServiceIdSchema = recordIdSchema;

export const MAX_URL_CHARS = 2_000;
/** The address of a policy to fetch: one line of storable text that parses as an http(s) address. */
export const policyUrlSchema = singleLine("The address", MAX_URL_CHARS).pipe(
  z.string().trim().refine(isHttpUrl, "Enter the full address of the policy, starting with https:// or http://."),
);
