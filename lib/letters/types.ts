import type { RegimeId, RightId } from "@/lib/law/types";
import type { Citation, ServiceRecord } from "@/lib/services/types";

import type { LetterLanguage } from "./languages";

export type { LetterLanguage } from "./languages";

export type Requester = {
  name: string;
  email: string;
  postalAddress?: string;
  accountEmail?: string;
  username?: string;
  otherIdentifiers?: { label: string; value: string }[];
};

export type CorrectionItem = { field: string; currentValue: string; correctValue: string };

export type LetterSpecifics = {
  correction?: CorrectionItem[];
  deletion?: { scope: "account" | "parts"; parts?: string };
  portability?: { format: "json" | "csv" | "any" };
  /** GDPR Art. 21: grounds from the person's particular situation (21(1)); direct marketing needs none (21(2)-(3)). */
  objection?: { directMarketing: boolean; grounds?: string };
};

export type LetterInput = {
  /** The version the letter relies on (or a custom service record). */
  service: ServiceRecord;
  regime: RegimeId;
  /** One or more, all granted by the regime. */
  rights: RightId[];
  language: LetterLanguage;
  requester: Requester;
  specifics: LetterSpecifics;
  /** 'YYYY-MM-DD': the letter's date, taken as the day of receipt for the due date. */
  date: string;
  /** ISO 3166 country of the requester ('DE'): names the EEA authority to complain to. */
  requesterCountry?: string;
  /** date-holidays region of the controller ('NL'); without it the regime's default is assumed. */
  holidayRegion?: string;
};

export type DueDate = {
  right: RightId;
  respondBy: string;
  estimate: boolean;
  /** The provisions that set the period, as the letter cites them. */
  citation: string;
  acknowledgeBy?: string;
  /** Where the policy promises an answer sooner than the law requires. */
  policyPromise?: { respondBy: string; citation: Citation };
};

export type Letter = {
  language: LetterLanguage;
  /** Set where the language asked for has no text for this law: the letter is in English instead, and a warning says so. */
  fallbackFrom?: LetterLanguage;
  /** The policy's own subject line when it asks for one (Trakt 2018). */
  subject: string;
  /** Plain text, the whole letter from salutation to signature. */
  body: string;
  /** The body's section headings exactly as it writes them ("1. Auskunft nach Art. 15 DSGVO"), for the PDF to set in bold. */
  headings: string[];
  /** `entity` falls back to the service's name where the policy names no legal entity (see warnings). */
  to: { email?: string; postal?: string; attention?: string; entity?: string; selfServiceUrl?: string };
  from: { name: string; email: string; postal?: string };
  /** 'YYYY-MM-DD' and as the letter writes it ("3 September 2026"), for the PDF's date line. */
  date: string;
  dateText: string;
  /** The latest respondBy among the rights. */
  dueDate: string;
  dueDates: DueDate[];
  /** The provision granting each right, as the letter cites it. */
  legalBasis: { right: RightId; citation: string }[];
  /** What the policy asked for and how the letter follows it. */
  policyRequirements: { text: string; citation?: Citation }[];
  warnings: string[];
};
