import { z } from "zod";
import { REGIME_IDS, RIGHT_IDS } from "@/lib/law/types";
import { multiLine, singleLine } from "@/lib/text/safe-text";
import { LANGUAGE_NAMES, LETTER_LANGUAGES } from "./languages";

export const LETTER_LIMITS = { name: 200, field: 500, freeText: 2000, identifiers: 10, corrections: 20 } as const;

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

// Line breaks in a one-line field are how header injection starts (From/To/Subject of the .eml);
// the checks themselves are the app's one text layer.
export { multiLine, singleLine };

function email(label: string) {
  return singleLine(label, 254).pipe(z.email(`${label} is not a valid email address.`));
}

/** Forms send "" for an empty input: that means "not given", not an empty value. */
function optional<T extends z.ZodType<string | undefined, string | undefined>>(schema: T) {
  return z
    .literal("")
    .transform(() => undefined)
    .or(schema.optional());
}

export const letterLanguageSchema = z.enum(
  LETTER_LANGUAGES,
  `Choose the letter's language: ${LETTER_LANGUAGES.map((l) => LANGUAGE_NAMES[l].english).join(", ")}.`,
);

export const requesterSchema = z.object({
  name: singleLine("Your name", LETTER_LIMITS.name).min(1, "Enter your name."),
  email: email("Your email address"),
  postalAddress: optional(multiLine("Your postal address", LETTER_LIMITS.field)),
  accountEmail: optional(email("The account's email address")),
  username: optional(singleLine("Your username", LETTER_LIMITS.name)),
  otherIdentifiers: z
    .array(
      z.object({
        label: singleLine("The identifier's name", LETTER_LIMITS.name).min(1, "Name the identifier."),
        value: singleLine("The identifier", LETTER_LIMITS.field).min(1, "Enter the identifier."),
      }),
    )
    .max(LETTER_LIMITS.identifiers, `Give at most ${LETTER_LIMITS.identifiers} other identifiers.`)
    .optional(),
});

export const correctionItemSchema = z.object({
  field: singleLine("The field to correct", LETTER_LIMITS.name).min(1, "Name the field to correct."),
  currentValue: multiLine("The current value", LETTER_LIMITS.field),
  correctValue: multiLine("The correct value", LETTER_LIMITS.field).min(1, "Enter the correct value."),
});

export const letterSpecificsSchema = z.object({
  correction: z
    .array(correctionItemSchema)
    .min(1, "List at least one field to correct.")
    .max(LETTER_LIMITS.corrections, `List at most ${LETTER_LIMITS.corrections} fields per letter.`)
    .optional(),
  deletion: z
    .object({
      scope: z.enum(["account", "parts"], "Choose whether to delete the whole account or some data."),
      parts: optional(multiLine("The data to delete", LETTER_LIMITS.freeText)),
    })
    .refine((d) => d.scope === "account" || Boolean(d.parts), { message: "Describe the data to delete.", path: ["parts"] })
    .optional(),
  portability: z.object({ format: z.enum(["json", "csv", "any"], "Choose a format: JSON, CSV or any.") }).optional(),
  objection: z
    .object({
      directMarketing: z.boolean(),
      grounds: optional(multiLine("Your reasons", LETTER_LIMITS.freeText)),
    })
    .refine((o) => o.directMarketing || Boolean(o.grounds), {
      message: "Say why you object, from your own situation, or choose direct marketing (which needs no reason).",
      path: ["grounds"],
    })
    .optional(),
});

/** What the wizard submits for a letter; the server action adds the service record. */
export const letterRequestSchema = z.object({
  regime: z.enum(REGIME_IDS, "Choose a law from the list."),
  rights: z.array(z.enum(RIGHT_IDS, "Choose rights from the list.")).min(1, "Choose at least one right.").max(RIGHT_IDS.length),
  language: letterLanguageSchema,
  requester: requesterSchema,
  specifics: letterSpecificsSchema,
  date: z.string().trim().regex(ISO_DATE, "Enter the letter's date as YYYY-MM-DD."),
});
