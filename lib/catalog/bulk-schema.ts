import { z } from "zod";
import { requesterSchema } from "@/lib/letters/schema";
import { locationStepSchema } from "@/lib/requests/schema";

// One bulk run: the same rights, place and identity, one letter per company.

export const BULK_RIGHTS = ["access", "deletion"] as const;
export const MAX_BULK = 25;

const slug = z.string().regex(/^[a-z0-9-]{1,60}$/, "Choose companies from the list.");

export const bulkSchema = z.object({
  companies: z
    .array(slug, "Choose at least one company.")
    .min(1, "Choose at least one company.")
    .max(MAX_BULK, `Choose at most ${MAX_BULK} companies at once.`)
    .refine((list) => new Set(list).size === list.length, "Each company can be chosen once."),
  rights: z.array(z.enum(BULK_RIGHTS, "Choose from the list."), "Choose what to ask for.").min(1, "Choose what to ask for."),
  location: locationStepSchema,
  name: requesterSchema.shape.name,
  email: requesterSchema.shape.email,
  postalAddress: z.preprocess((v) => (v === "" ? undefined : v), requesterSchema.shape.postalAddress),
});
export type BulkInput = z.input<typeof bulkSchema>;

export const batchIdSchema = z.string().regex(/^[a-z0-9]{8,32}$/);
