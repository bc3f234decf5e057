import * as z from "zod/mini";
import { issue, type ValidationLabel } from "@/lib/i18n/issue-text";
import { REGIME_IDS, RIGHT_IDS } from "@/lib/law/types";
import { multiLine, singleLine } from "@/lib/text/safe-text";
import { LETTER_LANGUAGES } from "./languages";

// zod's small build: the wizard's forms validate with these in the browser. Messages are keys of
// messages/<locale>/validation.json (lib/i18n/issue-text.ts).

export const LETTER_LIMITS = { name: 200, field: 500, freeText: 2000, identifiers: 10, corrections: 20 } as const;

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

// Line breaks in a one-line field are how header injection starts (From/To/Subject of the .eml);
// the checks themselves are the app's one text layer.
export { multiLine, singleLine };

function email(label: ValidationLabel) {
  return z.pipe(singleLine(label, 254), z.email(issue("email.invalid", { label })));
}

/** Forms send "" for an empty input: that means "not given", not an empty value. */
function optional<T extends z.ZodMiniType<string | undefined, string | undefined>>(schema: T) {
  return z.union([
    z.pipe(
      z.literal(""),
      z.transform(() => undefined),
    ),
    z.optional(schema),
  ]);
}

const required = (key: Parameters<typeof issue>[0]) => z.minLength(1, issue(key));

export const letterLanguageSchema = z.enum(LETTER_LANGUAGES, issue("letter.language"));

export const requesterSchema = z.object({
  name: singleLine("yourName", LETTER_LIMITS.name).check(required("letter.name")),
  email: email("yourEmail"),
  postalAddress: optional(multiLine("yourPostalAddress", LETTER_LIMITS.field)),
  accountEmail: optional(email("accountEmail")),
  username: optional(singleLine("yourUsername", LETTER_LIMITS.name)),
  otherIdentifiers: z.optional(
    z
      .array(
        z.object({
          label: singleLine("identifierName", LETTER_LIMITS.name).check(required("letter.identifierName")),
          value: singleLine("identifier", LETTER_LIMITS.field).check(required("letter.identifier")),
        }),
      )
      .check(z.maxLength(LETTER_LIMITS.identifiers, issue("letter.identifiersMax", { max: LETTER_LIMITS.identifiers }))),
  ),
});

export const correctionItemSchema = z.object({
  field: singleLine("fieldToCorrect", LETTER_LIMITS.name).check(required("letter.fieldToCorrect")),
  currentValue: multiLine("currentValue", LETTER_LIMITS.field),
  correctValue: multiLine("correctValue", LETTER_LIMITS.field).check(required("letter.correctValue")),
});

export const letterSpecificsSchema = z.object({
  correction: z.optional(
    z
      .array(correctionItemSchema)
      .check(
        z.minLength(1, issue("letter.correctionsMin")),
        z.maxLength(LETTER_LIMITS.corrections, issue("letter.correctionsMax", { max: LETTER_LIMITS.corrections })),
      ),
  ),
  deletion: z.optional(
    z
      .object({
        scope: z.enum(["account", "parts"], issue("letter.deletionScope")),
        parts: optional(multiLine("dataToDelete", LETTER_LIMITS.freeText)),
      })
      .check(z.refine((d) => d.scope === "account" || Boolean(d.parts), { message: issue("letter.deletionParts"), path: ["parts"] })),
  ),
  portability: z.optional(z.object({ format: z.enum(["json", "csv", "any"], issue("letter.format")) })),
  objection: z.optional(
    z
      .object({
        directMarketing: z.boolean(),
        grounds: optional(multiLine("yourReasons", LETTER_LIMITS.freeText)),
      })
      .check(z.refine((o) => o.directMarketing || Boolean(o.grounds), { message: issue("letter.objectionGrounds"), path: ["grounds"] })),
  ),
});

/** What the wizard submits for a letter; the server action adds the service record. */
export const letterRequestSchema = z.object({
  regime: z.enum(REGIME_IDS, issue("letter.regime")),
  rights: z.array(z.enum(RIGHT_IDS, issue("letter.rightsFromList"))).check(z.minLength(1, issue("letter.rightsMin")), z.maxLength(RIGHT_IDS.length)),
  language: letterLanguageSchema,
  requester: requesterSchema,
  specifics: letterSpecificsSchema,
  date: z.string().check(z.trim(), z.regex(ISO_DATE, issue("letter.date"))),
});
