import * as z from "zod/mini";
import { issue } from "@/lib/i18n/issue-text";
import { multiLine, singleLine } from "@/lib/text/safe-text";

// A correction to a company's contact facts, for the user's own letters. Same rules as the dataset's.
// zod's small build: the correction form validates with it in the browser; messages are keys of validation.json.

const blank = (schema: z.ZodMiniType) =>
  z.pipe(
    z.transform((v: unknown) => (typeof v === "string" && v.trim() === "" ? undefined : v)),
    z.optional(schema),
  );

export const correctionSchema = z
  .object({
    address: blank(
      multiLine("address", 500).check(z.refine((v) => v.split("\n").filter((line) => line.trim()).length >= 2, issue("correction.addressLines"))),
    ) as z.ZodMiniType<string | undefined, string | undefined>,
    email: blank(z.email({ pattern: z.regexes.unicodeEmail, error: issue("correction.email") }).check(z.maxLength(254))) as z.ZodMiniType<
      string | undefined,
      string | undefined
    >,
    note: blank(singleLine("note", 500)) as z.ZodMiniType<string | undefined, string | undefined>,
  })
  .check(z.refine((v) => v.address !== undefined || v.email !== undefined, { message: issue("correction.either"), path: ["address"] }));

export type CorrectionInput = z.input<typeof correctionSchema>;
export type Correction = z.output<typeof correctionSchema>;
