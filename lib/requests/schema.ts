import * as z from "zod/mini";
import { issue } from "@/lib/i18n/issue-text";
import { RIGHT_IDS, type RightId } from "@/lib/law/types";
import { isoDateIn, isRealIsoDate, isTimeZone } from "./dates";
import { LETTER_LIMITS, letterLanguageSchema, letterSpecificsSchema, multiLine, requesterSchema, singleLine } from "@/lib/letters/schema";

// One schema per wizard step, used by the step's form (zodResolver) and by its server action; zod's
// small build, as these run in the browser. Messages are keys of validation.json (lib/i18n/issue-text.ts).

/** Every right but "appeal", which answers a refusal rather than starting a request. */
export type WizardRight = Exclude<RightId, "appeal">;
export const WIZARD_RIGHTS = RIGHT_IDS.filter((right): right is WizardRight => right !== "appeal");
export const CORE_RIGHTS: RightId[] = ["access", "deletion", "portability", "correction"];
export const LANGUAGES = letterLanguageSchema.options;
export type Language = z.output<typeof letterLanguageSchema>;

/** The browser's zone, sent in a hidden field; anything else is dropped rather than shown as an error. */
const timeZoneField = z.pipe(
  z.optional(z.string().check(z.maxLength(64))),
  z.transform((value) => (value && isTimeZone(value) ? value : undefined)),
);

export const serviceStepSchema = z.object({
  service: z.string().check(z.regex(/^(?:[a-z0-9-]{1,60}|custom:[A-Za-z0-9_-]{1,40})$/, issue("wizard.service"))),
});

export const rightsStepSchema = z.object({
  rights: z.array(z.enum(WIZARD_RIGHTS, issue("wizard.fromList")), issue("wizard.rightsMin")).check(
    z.minLength(1, issue("wizard.rightsMin")),
    z.maxLength(WIZARD_RIGHTS.length),
    z.refine((rights) => new Set(rights).size === rights.length, issue("wizard.rightsOnce")),
  ),
});

/** 'US-MT', 'CA-QC', or the country alone where no subdivision was chosen ("another province"). */
export function locationCode(location: { country: string; state?: string | undefined }): string {
  if (location.country === "US") return `US-${location.state ?? ""}`;
  return location.state && location.state !== "other" ? `${location.country}-${location.state}` : location.country;
}

const locationFields = z
  .object({
    country: z.string().check(z.regex(/^[A-Z]{2}$/, issue("wizard.country"))),
    state: z.optional(z.string().check(z.regex(/^(?:[A-Z]{2}|other)?$/, issue("wizard.stateFromList")))),
    timeZone: timeZoneField,
  })
  .check(
    z.superRefine((value, ctx) => {
      // A place with no law the product knows is not an error: the letter falls back (regimeForRequester).
      if (value.country === "US" && !value.state) ctx.addIssue({ code: "custom", path: ["state"], message: issue("wizard.state") });
    }),
  );

export const locationStepSchema = z.pipe(
  locationFields,
  z.transform(({ country, state, timeZone }: z.output<typeof locationFields>) => ({
    country,
    ...((country === "US" || country === "CA") && state ? { state } : {}),
    ...(timeZone ? { timeZone } : {}),
  })),
);

/** What the service's record asks for decides which details are required; `extra` are the catalogue's own asks (customer number…). */
export type DetailsNeeds = { username: boolean; postalAddress: boolean; savedIdentity: boolean; extra?: readonly ExtraDetail[] };
export type ExtraDetail = { label: string; kind: "text" | "date"; optional: boolean };

/**
 * Forms send "" for an empty input: that means "not given". A preprocess rather than a union, so
 * the field's own message ("must be a single line") reaches the user instead of "Invalid input".
 */
function optional<O>(schema: z.ZodMiniType<O, string>) {
  return z.pipe(
    z.transform((value: unknown) => (value === "" ? undefined : value)),
    z.optional(schema),
  ) as unknown as z.ZodMiniType<O | undefined, string | undefined>;
}

const requester = requesterSchema.shape;

export function detailsSchemaFor(needs: DetailsNeeds) {
  const checked = z
    .object({
      useSaved: z.optional(z.boolean()),
      name: optional(requester.name),
      email: optional(requester.email),
      postalAddress: optional(multiLine("yourPostalAddress", 300)),
      accountEmail: optional(z.pipe(singleLine("yourAccountEmail", 254), z.email(issue("email.invalid", { label: "yourAccountEmail" })))),
      username: optional(singleLine("yourUsername", 100)),
      other: z.optional(z.array(z.string().check(z.maxLength(300, issue("wizard.otherTooLong", { max: 300 })))).check(z.maxLength(10))),
      remember: z.optional(z.boolean()),
    })
    .check(
      z.superRefine((value, ctx) => {
        const saved = needs.savedIdentity && value.useSaved === true;
        const needed = (key: "name" | "email" | "username" | "postalAddress") => {
          if (!value[key]) ctx.addIssue({ code: "custom", path: [key], message: issue(`wizard.required.${key}`) });
        };
        if (!saved) needed("name");
        if (!saved) needed("email");
        if (needs.username) needed("username");
        if (needs.postalAddress && !saved) needed("postalAddress");
        (needs.extra ?? []).forEach((extra, i) => {
          const given = value.other?.[i]?.trim() ?? "";
          if (!extra.optional && !given) ctx.addIssue({ code: "custom", path: ["other", i], message: issue("wizard.extraRequired", { field: extra.label }) });
          else if (given && /[\u0000-\u001f\u007f]/.test(given))
            ctx.addIssue({ code: "custom", path: ["other", i], message: issue("wizard.extraOneLine", { field: extra.label }) });
        });
      }),
    );
  return z.pipe(
    checked,
    z.transform((value: z.output<typeof checked>) => ({
      ...value,
      useSaved: needs.savedIdentity && value.useSaved === true,
      remember: value.remember === true,
    })),
  );
}

export const MAX_CORRECTIONS = LETTER_LIMITS.corrections;

/** The specifics of the rights that need them; sections for other rights are dropped. */
export function specificsSchemaFor(rights: readonly RightId[]) {
  const wants = (right: RightId) => rights.includes(right);
  const checked = letterSpecificsSchema.check(
    z.superRefine((value, ctx) => {
      const need = (path: string[], key: Parameters<typeof issue>[0]) => ctx.addIssue({ code: "custom", path, message: issue(key) });
      if (wants("correction") && !value.correction) need(["correction"], "wizard.specifics.correction");
      if (wants("deletion") && !value.deletion) need(["deletion", "scope"], "wizard.specifics.deletion");
      if (wants("portability") && !value.portability) need(["portability", "format"], "wizard.specifics.portability");
      if (wants("objection") && !value.objection) need(["objection", "grounds"], "wizard.specifics.objection");
    }),
  );
  return z.pipe(
    checked,
    z.transform((value: z.output<typeof checked>) => ({
      ...(wants("correction") && value.correction ? { correction: value.correction } : {}),
      ...(wants("deletion") && value.deletion ? { deletion: value.deletion.scope === "account" ? { scope: "account" as const } : value.deletion } : {}),
      ...(wants("portability") && value.portability ? { portability: value.portability } : {}),
      ...(wants("objection") && value.objection ? { objection: value.objection } : {}),
    })),
  );
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
      sentOn: z.string().check(z.trim(), z.refine(isRealIsoDate, issue("wizard.sentOn"))),
      timeZone: timeZoneField,
      ownLetter: z.pipe(
        z.optional(multiLine("yourLetter", OWN_LETTER_MAX)),
        z.transform((value) => (value ? value : undefined)),
      ),
    })
    .check(
      z.superRefine((value, ctx) => {
        if (!isRealIsoDate(value.sentOn)) return;
        const today = isoDateIn(now(), value.timeZone ?? "UTC");
        const oldest = `${Number(today.slice(0, 4)) - OLDEST_SENT_YEARS}${today.slice(4)}`;
        if (value.sentOn > today) ctx.addIssue({ code: "custom", path: ["sentOn"], message: issue("wizard.sentFuture") });
        else if (value.sentOn < oldest)
          ctx.addIssue({ code: "custom", path: ["sentOn"], message: issue("wizard.sentTooOld", { years: OLDEST_SENT_YEARS, date: oldest }) });
      }),
    );
}

export type ServiceStepInput = z.input<typeof serviceStepSchema>;
export type RightsStep = z.output<typeof rightsStepSchema>;
export type DetailsStep = z.output<ReturnType<typeof detailsSchemaFor>>;
export type SpecificsStep = z.output<ReturnType<typeof specificsSchemaFor>>;
