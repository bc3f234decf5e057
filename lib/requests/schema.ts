import { z } from "zod";
import { RIGHT_IDS, type RightId } from "@/lib/law/types";
import { formatDate } from "@/lib/services/labels";
import { isoDateIn, isRealIsoDate, isTimeZone } from "./dates";
import { LETTER_LIMITS, letterLanguageSchema, letterSpecificsSchema, multiLine, requesterSchema, singleLine } from "@/lib/letters/schema";

// One schema per wizard step, used by the step's form (zodResolver) and by its server action.

/** Every right but "appeal", which answers a refusal rather than starting a request. */
export type WizardRight = Exclude<RightId, "appeal">;
export const WIZARD_RIGHTS = RIGHT_IDS.filter((right): right is WizardRight => right !== "appeal");
export const CORE_RIGHTS: RightId[] = ["access", "deletion", "portability", "correction"];
export const LANGUAGES = letterLanguageSchema.options;
export type Language = z.output<typeof letterLanguageSchema>;

/** The browser's zone, sent in a hidden field; anything else is dropped rather than shown as an error. */
const timeZoneField = z
  .string()
  .max(64)
  .optional()
  .transform((value) => (value && isTimeZone(value) ? value : undefined));

export const serviceStepSchema = z.object({
  service: z.string().regex(/^(?:[a-z0-9-]{1,60}|custom:[A-Za-z0-9_-]{1,40})$/, "Choose a service from the list."),
});

export const rightsStepSchema = z.object({
  rights: z
    .array(z.enum(WIZARD_RIGHTS, "Choose from the list."), "Choose at least one thing to ask for.")
    .min(1, "Choose at least one thing to ask for.")
    .max(WIZARD_RIGHTS.length)
    .refine((rights) => new Set(rights).size === rights.length, "Each right can be chosen once."),
});

/** 'US-MT', 'CA-QC', or the country alone where no subdivision was chosen ("another province"). */
export function locationCode(location: { country: string; state?: string | undefined }): string {
  if (location.country === "US") return `US-${location.state ?? ""}`;
  return location.state && location.state !== "other" ? `${location.country}-${location.state}` : location.country;
}

export const locationStepSchema = z
  .object({
    country: z.string().regex(/^[A-Z]{2}$/, "Choose the country where you live."),
    state: z
      .string()
      .regex(/^(?:[A-Z]{2}|other)?$/, "Choose your state from the list.")
      .optional(),
    timeZone: timeZoneField,
  })
  .superRefine((value, ctx) => {
    // A place with no law the product knows is not an error: the letter falls back (regimeForRequester).
    if (value.country === "US" && !value.state) {
      ctx.addIssue({ code: "custom", path: ["state"], message: "Choose the state where you live." });
    }
  })
  .transform(({ country, state, timeZone }) => ({
    country,
    ...((country === "US" || country === "CA") && state ? { state } : {}),
    ...(timeZone ? { timeZone } : {}),
  }));

/** What the service's record asks for decides which details are required; `extra` are the catalogue's own asks (customer number…). */
export type DetailsNeeds = { username: boolean; postalAddress: boolean; savedIdentity: boolean; extra?: readonly ExtraDetail[] };
export type ExtraDetail = { label: string; kind: "text" | "date"; optional: boolean };

/**
 * Forms send "" for an empty input: that means "not given". A preprocess rather than a union, so
 * the field's own message ("must be a single line") reaches the user instead of "Invalid input".
 */
function optional<O>(schema: z.ZodType<O, string>) {
  return z.preprocess((value) => (value === "" ? undefined : value), schema.optional()) as unknown as z.ZodType<O | undefined, string | undefined>;
}

const requester = requesterSchema.shape;

export function detailsSchemaFor(needs: DetailsNeeds) {
  return z
    .object({
      useSaved: z.boolean().optional(),
      name: optional(requester.name),
      email: optional(requester.email),
      postalAddress: optional(multiLine("Your postal address", LETTER_LIMITS.field).max(300, "Your postal address must be at most 300 characters.")),
      accountEmail: optional(singleLine("Your account's email address", 254).pipe(z.email("Your account's email address is not a valid email address."))),
      username: optional(singleLine("Your username", 100)),
      other: z.array(z.string().max(300, "At most 300 characters.")).max(10).optional(),
      remember: z.boolean().optional(),
    })
    .superRefine((value, ctx) => {
      const saved = needs.savedIdentity && value.useSaved === true;
      const require = (key: "name" | "email" | "username" | "postalAddress", message: string) => {
        if (!value[key]) ctx.addIssue({ code: "custom", path: [key], message });
      };
      if (!saved) require("name", "Enter your name: the letter is signed with it.");
      if (!saved) require("email", "Enter the email address where the answer should go.");
      if (needs.username) require("username", "Enter your username: the service asks for it.");
      if (needs.postalAddress && !saved) require("postalAddress", "Enter your postal address: the service asks for it.");
      (needs.extra ?? []).forEach((extra, i) => {
        const given = value.other?.[i]?.trim() ?? "";
        if (!extra.optional && !given) ctx.addIssue({ code: "custom", path: ["other", i], message: `Enter ${extra.label}: the company asks for it.` });
        else if (given && /[\u0000-\u001f\u007f]/.test(given))
          ctx.addIssue({ code: "custom", path: ["other", i], message: `${extra.label} must be a single line.` });
      });
    })
    .transform((value) => ({ ...value, useSaved: needs.savedIdentity && value.useSaved === true, remember: value.remember === true }));
}

export const MAX_CORRECTIONS = LETTER_LIMITS.corrections;

/** The specifics of the rights that need them; sections for other rights are dropped. */
export function specificsSchemaFor(rights: readonly RightId[]) {
  const wants = (right: RightId) => rights.includes(right);
  return letterSpecificsSchema
    .superRefine((value, ctx) => {
      if (wants("correction") && !value.correction) ctx.addIssue({ code: "custom", path: ["correction"], message: "Add at least one correction." });
      if (wants("deletion") && !value.deletion) ctx.addIssue({ code: "custom", path: ["deletion", "scope"], message: "Choose what should be deleted." });
      if (wants("portability") && !value.portability) ctx.addIssue({ code: "custom", path: ["portability", "format"], message: "Choose a format." });
      if (wants("objection") && !value.objection)
        ctx.addIssue({ code: "custom", path: ["objection", "grounds"], message: "Say why you object, or choose direct marketing." });
    })
    .transform((value) => ({
      ...(wants("correction") && value.correction ? { correction: value.correction } : {}),
      ...(wants("deletion") && value.deletion ? { deletion: value.deletion.scope === "account" ? { scope: "account" as const } : value.deletion } : {}),
      ...(wants("portability") && value.portability ? { portability: value.portability } : {}),
      ...(wants("objection") && value.objection ? { objection: value.objection } : {}),
    }));
}

export const reviewStepSchema = z.object({
  language: letterLanguageSchema,
  timeZone: timeZoneField,
});

/** "I sent it on": not in the future and not before the draft was started, both in the user's zone. */
/** How far back a letter sent elsewhere can be tracked: an older date is almost always a mistyped year. */
export const OLDEST_SENT_YEARS = 3;
export const OWN_LETTER_MAX = 20_000;

/**
 * The day the letter went out: today or any day of the last three years, in the user's zone (people
 * come with letters they sent before they found RightsDesk). A letter they wrote themselves may be
 * pasted, to keep it with the request instead of ours.
 */
export function sentSchemaFor({ now = () => new Date() }: { now?: () => Date } = {}) {
  return z
    .object({
      sentOn: z.string().trim().refine(isRealIsoDate, "Enter the date you sent it, as YYYY-MM-DD."),
      timeZone: timeZoneField,
      ownLetter: multiLine("Your letter", OWN_LETTER_MAX)
        .optional()
        .transform((value) => (value ? value : undefined)),
    })
    .superRefine((value, ctx) => {
      if (!isRealIsoDate(value.sentOn)) return;
      const today = isoDateIn(now(), value.timeZone ?? "UTC");
      const oldest = `${Number(today.slice(0, 4)) - OLDEST_SENT_YEARS}${today.slice(4)}`;
      if (value.sentOn > today) ctx.addIssue({ code: "custom", path: ["sentOn"], message: "That date is in the future: enter the day you sent it." });
      else if (value.sentOn < oldest) {
        ctx.addIssue({
          code: "custom",
          path: ["sentOn"],
          message: `That is more than ${OLDEST_SENT_YEARS} years ago (before ${formatDate(oldest)}): check the year.`,
        });
      }
    });
}

export type ServiceStepInput = z.input<typeof serviceStepSchema>;
export type RightsStep = z.output<typeof rightsStepSchema>;
export type DetailsStep = z.output<ReturnType<typeof detailsSchemaFor>>;
export type SpecificsStep = z.output<ReturnType<typeof specificsSchemaFor>>;
