import { z } from "zod";
import { REGIME_IDS, RIGHT_IDS } from "../types";

// A record of an Open Terms Archive capture as data (lib/services/records/ota/<document>.json).
// Facts carry their quote only; the loader computes the offsets, and throws where a quote is missing
// or ambiguous without `occurrence`. `corrections` keeps what the extractor proposed and what is right.

const cited = { quote: z.string().min(1), occurrence: z.number().int().min(0).optional() };
const rights = z.array(z.enum(RIGHT_IDS));
const regimes = z.array(z.enum(REGIME_IDS));
const purposes = z.array(z.enum(["privacy-requests", "access-request", "privacy-questions", "children", "complaints", "customer-service"]));

const channel = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("email"), address: z.string().min(3), purposes, label: z.string().optional(), ...cited }),
  z.object({ kind: z.literal("web"), url: z.string().url(), purposes, ...cited }),
  z.object({ kind: z.literal("post"), address: z.string().min(3), attention: z.string().optional(), purposes, ...cited }),
]);

const timeline = z.discriminatedUnion("statedByPolicy", [
  z.object({
    statedByPolicy: z.literal(true),
    what: z.union([z.enum(RIGHT_IDS), z.literal("all-requests")]),
    days: z.number().int().positive().optional(),
    months: z.number().int().positive().optional(),
    format: z.string().optional(),
    ...cited,
  }),
  z.object({
    statedByPolicy: z.literal(false),
    what: z.union([z.enum(RIGHT_IDS), z.literal("all-requests")]),
    quote: z.string().min(1).nullable(),
    occurrence: z.number().int().min(0).optional(),
    note: z.string(),
  }),
]);

const statement = z.object({ summary: z.string().min(1), ...cited });
const identityItem = z.enum(["account-email", "username", "name", "postal-address", "signed-in"]);

// How to ask, identity checks, fees, grounds to decline and retention: optional in the JSON (a record
// without them says the policy states none), each statement with the sentence it rests on.
const howToAsk = z.object({
  subjectLine: z
    .object({ value: z.string().min(1), ...cited })
    .nullable()
    .default(null),
  fromAccountEmail: z.object(cited).nullable().default(null),
  include: z.array(z.object({ item: identityItem, reason: z.string().min(1), ...cited })).default([]),
  instructions: z.array(statement).default([]),
});

export const correctionSchema = z.object({
  field: z.string().min(1),
  proposed: z.string(),
  corrected: z.string(),
  why: z.string().min(1),
});
export type Correction = z.infer<typeof correctionSchema>;

export const otaRecordSchema = z.object({
  documentId: z.string(),
  effectiveDate: z.object({ date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/), kind: z.enum(["effective", "last-updated"]), ...cited }).nullable(),
  legalEntity: z.object({ name: z.string().nullable(), url: z.string().url().optional(), note: z.string().optional(), ...cited }).nullable(),
  postalAddress: z.object({ address: z.string(), attention: z.string().optional(), ...cited }).nullable(),
  channels: z.array(channel),
  selfService: z.array(z.object({ label: z.string().min(1), url: z.string().url().nullable(), rights, note: z.string().optional(), ...cited })),
  rights: z.array(
    z.object({ right: z.enum(RIGHT_IDS), regimes, via: z.enum(["request", "self-service", "unspecified"]), note: z.string().optional(), ...cited }),
  ),
  applicability: z.array(
    z.object({
      regimes,
      framework: z.string().optional(),
      stance: z.enum(["addresses", "complies", "not-governed", "exempt-in-part"]),
      note: z.string().optional(),
      ...cited,
    }),
  ),
  timelines: z.array(timeline),
  supervisoryAuthorities: z.array(
    z.object({
      name: z.string().min(1),
      regimes,
      role: z.enum(["lead", "competent", "enforcement", "dispute-panel"]),
      namedInPolicy: z.boolean(),
      note: z.string().optional(),
      ...cited,
    }),
  ),
  howToAsk: howToAsk.default({ subjectLine: null, fromAccountEmail: null, include: [], instructions: [] }),
  identityVerification: z.array(statement).default([]),
  fees: z.array(statement).default([]),
  declineGrounds: z.array(statement).default([]),
  retention: z
    .array(
      statement.extend({ days: z.number().int().positive().optional(), months: z.number().int().positive().optional(), indefinite: z.boolean().optional() }),
    )
    .default([]),
  notes: z.array(z.string()),
  corrections: z.array(correctionSchema),
});
export type OtaRecordData = z.infer<typeof otaRecordSchema>;
