import type { RegimeId, RightId } from "@/lib/law/types";
import type { LetterLanguage, LetterSpecifics } from "../types";
import type { CitationStyle } from "./citations";

/** Letters differ by law family: the GDPR's and the CCPA's lists of what access covers, for one. */
export type LawFamily = "gdpr" | "ccpa" | "other";

export type RequestContext = {
  /** The provision granting the right, as this language cites it ("Art. 15 DSGVO"). */
  article: string;
  /** The law's short name in this language, for citing sub-articles ("DSGVO"). */
  law: string;
  specifics: LetterSpecifics;
  /** Whose data the right reaches where the law narrows it (CCPA: collected from the consumer; Utah: provided). */
  dataScope?: "collected-from-consumer" | "provided-by-consumer";
};

type PerFamily<T> = Partial<Record<LawFamily, T>> & { other: T };
/** A translation may cover only some families (the GDPR's); the letter then falls back to English for the others. */
type SomeFamilies<T> = Partial<Record<LawFamily, T>>;

export type RightText = {
  title: PerFamily<string>;
  paragraphs: SomeFamilies<(ctx: RequestContext) => string[]>;
};

export type PolicyAsks = { fromAccount: boolean; username: boolean };

export type LetterTemplate = {
  language: LetterLanguage;
  /** BCP 47 locale for dates and lists. */
  locale: string;
  citations: CitationStyle;
  /** Only the laws this language writes letters under; for the others the letter falls back to English. */
  lawName: Readonly<Partial<Record<RegimeId, string>>>;
  /** The law as a sentence names it: "the UK GDPR", "der Datenschutz-Grundverordnung (DSGVO)". */
  lawPhrase: Readonly<Partial<Record<RegimeId, string>>>;
  heading: (title: string, article: string) => string;
  salutation: string;
  intro: Readonly<Partial<Record<LawFamily, (lawPhrase: string) => string>>> & { other: (lawPhrase: string) => string };
  policyAcknowledges: (quote: string, versionDate: string | null) => string;
  identification: {
    lead: string;
    accountEmail: string;
    username: (serviceName: string) => string;
    postalAddress: string;
    policyAsks: (asks: PolicyAsks) => string;
    /** Between a label and its value: French typography puts a space before the colon. */
    separator?: string;
  };
  rights: Readonly<Partial<Record<RightId, RightText>>>;
  deadline: {
    single: (date: string, citation: string) => string;
    several: string;
    item: (heading: string, date: string, citation: string) => string;
    estimate: string;
    acknowledge: (date: string, citation: string) => string;
    policyPromise: (period: string, quote: string, date: string) => string;
    period: (p: { days?: number; months?: number }) => string;
  };
  closing: Readonly<Partial<Record<LawFamily, (law: string) => string[]>>> & { other: (law: string) => string[] };
  complaint: (authority: string | null, citation: string) => string;
  /** A narrowing or widening of the right the law itself states (Oregon's list of specific third parties). */
  scopeNote: (note: string) => string;
  /** Where the law requires a complaint to the controller before one to the authority (UK DPA 2018 s. 164A). */
  complaintFirst: (citation: string) => string;
  /** For the fallback with no statute behind it: said plainly, and no authority threatened. */
  noStatute: { intro: string; complaint: string };
  signOff: string;
  pageLabel: (page: number, pages: number) => string;
  /** Before a recipient's "attention" line in the PDF's address block. */
  attentionLabel: string;
};

/** English is the fallback: it writes every law and every right. */
export type CompleteTemplate = LetterTemplate & {
  lawName: Readonly<Record<RegimeId, string>>;
  lawPhrase: Readonly<Record<RegimeId, string>>;
  rights: Readonly<Record<RightId, RightText & { paragraphs: { other: (ctx: RequestContext) => string[] } }>>;
  intro: Readonly<Record<LawFamily, (lawPhrase: string) => string>>;
  closing: Readonly<Record<LawFamily, (law: string) => string[]>>;
};
