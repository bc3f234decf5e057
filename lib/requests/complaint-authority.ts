import { GERMAN_STATES, nationalAuthority, stateAuthority } from "@/lib/catalog/authorities";
import type { CatalogAuthority } from "@/lib/catalog/schema";
import { EEA_AUTHORITIES, eeaAuthorityFor, isRegimeId, REGIMES } from "@/lib/law/regimes";
import type { Citation, ServiceRecord } from "@/lib/services/types";
import { policyRegimeOf } from "./service-facts";

// Where a complaint goes, from the request's law and what the service's own policy says.

export type AuthorityOption = {
  /** Stable in URLs: "lead", "home", or the authority's location code ("GB", "US-CA-1"). */
  id: string;
  name: string;
  url?: string;
  /** Why this authority, in one sentence. */
  why: string;
  citation: string;
  policyCitation?: Citation;
  note?: string;
  /** From the Datenanfragen.de record: its complaint form (offered first), address and email. */
  webform?: string;
  email?: string;
  address?: string;
  /** The place it serves, to choose by ("Bavaria"). */
  region?: string;
  source?: string;
  /** The language it takes complaints in (ISO 639-1), from the dataset. */
  language?: string;
};

/** The dataset's contact facts for an authority, where it has a record. */
function fromDataset(authority: CatalogAuthority | undefined) {
  if (!authority) return {};
  return {
    name: authority.name,
    url: authority.web ?? authority.webform,
    ...(authority.webform ? { webform: authority.webform } : {}),
    ...(authority.email ? { email: authority.email } : {}),
    address: authority.address,
    source: `Datenanfragen.de record ${authority.slug}`,
    ...(authority.complaintLanguage ? { language: authority.complaintLanguage } : {}),
  };
}

function leadAuthority(record: ServiceRecord | null): AuthorityOption | null {
  const lead = record?.supervisoryAuthorities.find((a) => a.regimes.includes("eu-gdpr") && a.role === "lead");
  if (!lead || !record) return null;
  const known = EEA_AUTHORITIES.find((authority) => lead.name.includes(authority.name));
  return {
    id: "lead",
    name: known?.name ?? lead.name,
    ...(known ? { url: known.url } : {}),
    ...(known ? fromDataset(nationalAuthority(known.location)) : {}),
    why: `The lead authority for ${record.serviceName}, from its main establishment in the EU.`,
    citation: "GDPR Art. 56(1), Art. 77(1)",
    policyCitation: lead.citation,
    ...(lead.note ? { note: lead.note } : {}),
  };
}

function homeAuthority(country: string | null): AuthorityOption | null {
  const home = country ? eeaAuthorityFor(country) : undefined;
  if (!home) return null;
  return {
    id: "home",
    name: home.name,
    url: home.url,
    why: "The authority of the country where you live.",
    citation: "GDPR Art. 77(1)",
    ...(home.note ? { note: home.note } : {}),
    ...fromDataset(nationalAuthority(country!)),
  };
}

/** In Germany, the authority of the requester's Land: one option per Land, chosen by where they live. */
function germanStateAuthorities(): AuthorityOption[] {
  return Object.entries(GERMAN_STATES).flatMap(([code, state]) => {
    const authority = stateAuthority(code);
    if (!authority) return [];
    const why = `The authority for companies in ${state.name}; you may complain to the one where you live.`;
    return [{ id: `DE-${code}`, why, citation: "GDPR Art. 77(1), BDSG § 40", region: state.name, ...fromDataset(authority), name: authority.name }];
  });
}

/**
 * The authorities the user can complain to, the default first. EEA: the lead authority the
 * service's policy points to (the Dutch authority for Netflix) and the one at home; without
 * either, every EEA authority to choose from. Elsewhere: the regime's authorities (the ICO, the
 * CPPA or the California Attorney General, a state Attorney General, the OPC).
 */
export function complaintAuthorities(regime: string, record: ServiceRecord | null, requesterCountry: string | null): AuthorityOption[] {
  if (!isRegimeId(regime)) return [];
  const law = REGIMES[regime];
  if (regime === "eu-gdpr") {
    const lead = leadAuthority(record);
    const home = homeAuthority(requesterCountry);
    const options = [lead, home && home.name !== lead?.name ? home : null].filter((o): o is AuthorityOption => o !== null);
    if (requesterCountry === "DE") options.push(...germanStateAuthorities());
    if (options.length > 0) return options;
    return EEA_AUTHORITIES.map((a) => ({
      id: a.location,
      name: a.name,
      url: a.url,
      why: "A supervisory authority in the EEA.",
      citation: law.complaint.citation,
      ...(a.note ? { note: a.note } : {}),
    }));
  }
  const policyRegime = policyRegimeOf(regime);
  const named = record?.supervisoryAuthorities.find((a) => policyRegime !== null && a.regimes.includes(policyRegime) && a.namedInPolicy);
  const seen = new Map<string, number>();
  return law.complaint.authorities.map((authority) => {
    const n = (seen.get(authority.location) ?? 0) + 1;
    seen.set(authority.location, n);
    return {
      id: n === 1 ? authority.location : `${authority.location}-${n}`,
      name: authority.name,
      url: authority.url,
      why: law.complaint.rule.endsWith(".") ? law.complaint.rule : `${law.complaint.rule}.`,
      citation: law.complaint.citation,
      ...(named && n === 1 ? { policyCitation: named.citation } : {}),
      ...(authority.note ? { note: authority.note } : {}),
    };
  });
}
