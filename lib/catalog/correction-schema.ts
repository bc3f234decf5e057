import { z } from "zod";

// A correction to a company's contact facts, for the user's own letters. Same rules as the dataset's.

const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f]/;
const blankToUndefined = (v: unknown) => (typeof v === "string" && v.trim() === "" ? undefined : v);

export const correctionSchema = z
  .object({
    address: z.preprocess(
      blankToUndefined,
      z
        .string()
        .overwrite((v) => v.replace(/\r\n/g, "\n").trim())
        .max(500, "The address must be at most 500 characters.")
        .refine((v) => !CONTROL.test(v), "The address contains characters that cannot be printed.")
        .refine((v) => v.split("\n").filter((line) => line.trim()).length >= 2, "Give the address on several lines, the country on the last.")
        .optional(),
    ),
    email: z.preprocess(blankToUndefined, z.email({ pattern: z.regexes.unicodeEmail, error: "That is not a valid email address." }).max(254).optional()),
    note: z.preprocess(blankToUndefined, z.string().trim().max(500, "The note must be at most 500 characters.").refine((v) => !CONTROL.test(v), "The note contains characters that cannot be printed.").optional()),
  })
  .refine((v) => v.address !== undefined || v.email !== undefined, { message: "Correct the address, the email address, or both.", path: ["address"] });

export type CorrectionInput = z.input<typeof correctionSchema>;
export type Correction = z.output<typeof correctionSchema>;
