import { z } from "zod";
import type { RightId } from "@/lib/law/types";
import { letterSpecificsSchema, requesterSchema } from "@/lib/letters/schema";
import { LANGUAGES, rightsStepSchema, type Language } from "./schema";

// A draft's answers as stored. Read back through the same text rules as the forms, part by part:
// a part that no longer passes (rules tightened since) is dropped and its step asked again.
const part = <T extends z.core.SomeType>(schema: T) => z.optional(schema).catch(undefined);

const storedDetails = requesterSchema;
const storedSpecifics = letterSpecificsSchema;

export const draftDataSchema = z.object({
  rights: part(rightsStepSchema.shape.rights),
  location: part(
    z.object({
      country: z.string().regex(/^[A-Z]{2}$/),
      state: z
        .string()
        .regex(/^(?:[A-Z]{2}|other)$/)
        .optional(),
      /** The controller's country, from the service record: decides the fallback where no local law applies. */
      establishment: z
        .string()
        .regex(/^[A-Z]{2}$/)
        .optional(),
    }),
  ),
  timeZone: part(z.string().max(64)),
  details: part(storedDetails),
  specifics: part(storedSpecifics),
  language: part(z.enum(LANGUAGES)),
  /** Set when the user leaves the review: the date the letter carries from then on. */
  letterDate: part(z.string().regex(/^\d{4}-\d{2}-\d{2}$/)),
});

export type DraftData = {
  rights?: RightId[];
  location?: { country: string; state?: string; establishment?: string };
  timeZone?: string;
  details?: z.output<typeof storedDetails>;
  specifics?: z.output<typeof storedSpecifics>;
  language?: Language;
  letterDate?: string;
};

export type StoredDetails = NonNullable<DraftData["details"]>;

export function parseDraftData(json: unknown): DraftData {
  const parsed = draftDataSchema.safeParse(json ?? {});
  if (!parsed.success) return {};
  return Object.fromEntries(Object.entries(parsed.data).filter(([, value]) => value !== undefined));
}
