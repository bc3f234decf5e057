import * as z from "zod/mini";
import { issue } from "@/lib/i18n/issue-text";
import { requesterSchema } from "@/lib/letters/schema";
import { locationStepSchema } from "@/lib/requests/schema";

// One bulk run: the same rights, place and identity, one letter per company. zod's small build: the
// bulk form validates with it in the browser; messages are keys of validation.json.

export const BULK_RIGHTS = ["access", "deletion"] as const;
export const MAX_BULK = 25;

const slug = z.string().check(z.regex(/^[a-z0-9-]{1,60}$/, issue("bulk.companiesFromList")));

export const bulkSchema = z.object({
  companies: z.array(slug, issue("bulk.companiesMin")).check(
    z.minLength(1, issue("bulk.companiesMin")),
    z.maxLength(MAX_BULK, issue("bulk.companiesMax", { max: MAX_BULK })),
    z.refine((list) => new Set(list).size === list.length, issue("bulk.companiesOnce")),
  ),
  rights: z.array(z.enum(BULK_RIGHTS, issue("bulk.rightsFromList")), issue("bulk.rightsMin")).check(z.minLength(1, issue("bulk.rightsMin"))),
  location: locationStepSchema,
  name: requesterSchema.shape.name,
  email: requesterSchema.shape.email,
  postalAddress: z.pipe(
    z.transform((v: unknown) => (v === "" ? undefined : v)),
    requesterSchema.shape.postalAddress,
  ),
});
export type BulkInput = z.input<typeof bulkSchema>;

export const batchIdSchema = z.string().check(z.regex(/^[a-z0-9]{8,32}$/));
