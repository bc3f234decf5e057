import { DATASET_DOCUMENT_PREFIX } from "@/lib/catalog/company-record";
import { companyDetailsNeeds } from "@/lib/catalog/details-needs";
import type { Regime, RegimeId, RightId } from "@/lib/law/types";
import { letterFactsFor } from "@/lib/services/letter-facts";
import type { Citation, CitedStatement, RegimeId as PolicyRegimeId, ServicePage, ServiceRecord } from "@/lib/services/types";
import type { DetailsNeeds } from "./schema";

// What the service's own record says that changes a step of the wizard.

const POLICY_REGIME: Partial<Record<RegimeId, PolicyRegimeId>> = { "eu-gdpr": "eu-gdpr", "uk-gdpr": "uk-gdpr", ccpa: "ccpa", pipeda: "pipeda" };
const LAW_NAMES: Partial<Record<RegimeId, string>> = {
  "eu-gdpr": "the GDPR",
  "uk-gdpr": "the UK GDPR",
  ccpa: "the CCPA",
  pipeda: "PIPEDA",
  lgpd: "the LGPD",
  "ch-fadp": "the Swiss FADP",
};

export function policyRegimeOf(regime: RegimeId): PolicyRegimeId | null {
  return POLICY_REGIME[regime] ?? (regime.startsWith("us-") ? "us-states" : null);
}

export function lawName(regime: Regime): string {
  return LAW_NAMES[regime.id] ?? `the ${regime.name}`;
}

export type ApplicabilityNote = { tone: "warn" | "info"; text: string; meaning?: string; note?: string; citation: Citation | null };

/** Where the policy says something about the user's law: a disclaimer, and what it means for them. */
export function applicabilityNotes(record: ServiceRecord, regime: Regime): ApplicabilityNote[] {
  const own = policyRegimeOf(regime.id);
  const service = record.serviceName;
  const law = lawName(regime);
  // A catalogue company known only from its contact record: there is no policy to quote, so say so.
  if (record.documentId.startsWith(DATASET_DOCUMENT_PREFIX)) {
    return [{ tone: "info", citation: null, text: `We keep no record of ${service}'s privacy policy.`, meaning: `The letter relies on ${law} itself.` }];
  }
  const about = own ? record.applicability.filter((a) => a.regimes.includes(own)) : [];
  const notes: ApplicabilityNote[] = about.map((a) => {
    const base = { citation: a.citation, ...(a.note ? { note: a.note } : {}) };
    if (a.stance === "not-governed") {
      return {
        ...base,
        tone: "warn",
        text: `${service}'s policy says it is not governed by ${law}.`,
        meaning: `What this means: the law decides whether it applies, not the policy. You can still send the request. If ${service} is covered, it must answer by the legal deadline; if it refuses because it thinks it is not covered, it has to tell you, and you can take that to the regulator.`,
      };
    }
    if (a.stance === "exempt-in-part") {
      return {
        ...base,
        tone: "warn",
        text: `${service}'s policy says parts of ${law} do not apply to it.`,
        meaning: `What this means: ${service} may refuse some requests on that ground. The letter still cites the law, and a refusal has to be explained.`,
      };
    }
    const verb = a.stance === "complies" ? "says it complies with" : "addresses people covered by";
    return { ...base, tone: "info", text: `${service}'s policy ${verb} ${law}.` };
  });
  const mentioned = own !== null && [...record.applicability, ...record.rights, ...record.otherRights].some((item) => item.regimes.includes(own));
  if (!mentioned) {
    notes.push({
      tone: "info",
      citation: null,
      text: `${service}'s policy does not mention ${law}.`,
      meaning: `That does not stop the law from applying: the letter relies on ${law} itself.`,
    });
  }
  return notes;
}

const isWebUrl = (url: string | null): url is string => url !== null && /^https?:\/\//i.test(url);

/** The service's own pages for these rights: the fastest route where they exist. */
export function selfServicePages(record: ServiceRecord, rights: readonly RightId[]): { linked: (ServicePage & { url: string })[]; unlinked: ServicePage[] } {
  const pages = record.selfService.filter((page) => page.rights.some((right) => rights.includes(right)));
  const linked = pages.filter((page): page is ServicePage & { url: string } => isWebUrl(page.url));
  const seen = new Set<string>();
  return {
    linked: linked.filter((page) => !seen.has(page.url) && seen.add(page.url)),
    unlinked: pages.filter((page) => !isWebUrl(page.url)),
  };
}

export type DetailsFacts = {
  needs: Omit<DetailsNeeds, "savedIdentity">;
  sendFromAccountEmail: Citation | null;
  /** Why each required item is asked for, with the policy's words. */
  reasons: { item: "username" | "postal-address" | "account-email"; reason: string; citation: Citation }[];
  identityChecks: CitedStatement[];
};

/** Only what the record asks for: a username where the policy wants one, and so on. */
export function detailsFacts(record: ServiceRecord, rights: readonly RightId[]): DetailsFacts {
  const identifiers = rights.flatMap((right) => letterFactsFor(record, right).identifiers);
  const cited = identifiers.filter((i): i is typeof i & { citation: Citation } => i.citation !== null);
  const reasons = new Map<string, DetailsFacts["reasons"][number]>();
  for (const item of cited) {
    if (item.item === "username" || item.item === "postal-address" || item.item === "account-email")
      reasons.set(item.item, { item: item.item, reason: item.reason, citation: item.citation });
  }
  const extra = companyDetailsNeeds(record);
  return {
    needs: { username: reasons.has("username"), postalAddress: reasons.has("postal-address"), ...(extra.length > 0 ? { extra } : {}) },
    sendFromAccountEmail: record.howToAsk.fromAccountEmail,
    reasons: [...reasons.values()],
    identityChecks: record.identityVerification,
  };
}
