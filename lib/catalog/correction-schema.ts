import { z } from "zod";
import { multiLine, singleLine } from "@/lib/text/safe-text";

// A correction to a company's contact facts, for the user's own letters. Same rules as the dataset's.

const blankToUndefined = (v: unknown) => (typeof v === "string" && v.trim() === "" ? undefined : v);

export const correctionSchema = z
  .object({
    address: z.preprocess(
      blankToUndefined,
      multiLine("The address", 500)
        .refine((v) => v.split("\n").filter((line) => line.trim()).length >= 2, "Give the address on several lines, the country on the last.")
        .optional(),
    ),
    email: z.preprocess(blankToUndefined, z.email({ pattern: z.regexes.unicodeEmail, error: "That is not a valid email address." }).max(254).optional()),
    note: z.preprocess(blankToUndefined, singleLine("The note", 500).optional()),
  })
  .refine((v) => v.address !== undefined || v.email !== undefined, { message: "Correct the address, the email address, or both.", path: ["address"] });

export type CorrectionInput = z.input<typeof correctionSchema>;
export type Correction = z.output<typeof correctionSchema>;
