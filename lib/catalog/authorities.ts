import { listAuthorities } from "./companies";
import type { CatalogAuthority } from "./schema";

// The dataset's supervisory authorities by where the requester lives. The dataset marks every German
// authority "de"; which one supervises companies in which Land is ours to say (BDSG § 40).

export const GERMAN_STATES: Readonly<Record<string, { name: string; authority: string }>> = {
  BW: { name: "Baden-Württemberg", authority: "debawueldb" },
  BY: { name: "Bavaria", authority: "debaylda" },
  BE: { name: "Berlin", authority: "deberlbdi" },
  BB: { name: "Brandenburg", authority: "debralda" },
  HB: { name: "Bremen", authority: "debrelfdi" },
  HH: { name: "Hamburg", authority: "dehmbbfdi" },
  HE: { name: "Hesse", authority: "dehessbdi" },
  MV: { name: "Mecklenburg-Vorpommern", authority: "demvldi" },
  NI: { name: "Lower Saxony", authority: "dendslfd" },
  NW: { name: "North Rhine-Westphalia", authority: "denrwldi" },
  RP: { name: "Rhineland-Palatinate", authority: "derlpbdi" },
  SL: { name: "Saarland", authority: "desaarudz" },
  SN: { name: "Saxony", authority: "desaechsdsb" },
  ST: { name: "Saxony-Anhalt", authority: "desalbd" },
  SH: { name: "Schleswig-Holstein", authority: "deshuld" },
  TH: { name: "Thuringia", authority: "detlfdi" },
};

export function findAuthority(slug: string): CatalogAuthority | undefined {
  return listAuthorities().find((a) => a.slug === slug);
}

/** The one authority of a country (ISO alpha-2, any case); Germany has several and answers undefined. */
export function nationalAuthority(country: string): CatalogAuthority | undefined {
  const code = country.toLowerCase();
  const matches = listAuthorities().filter((a) => a.countries.includes(code));
  return matches.length === 1 ? matches[0] : undefined;
}

/** The authority that supervises companies in a German Land, by its ISO 3166-2 suffix ("BY"). */
export function stateAuthority(state: string): CatalogAuthority | undefined {
  const entry = GERMAN_STATES[state.toUpperCase()];
  return entry ? findAuthority(entry.authority) : undefined;
}
