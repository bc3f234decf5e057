import { EEA_AUTHORITIES, EEA_COUNTRIES } from "@/lib/law/regimes";
import { findVersion } from "@/lib/services/catalog";
import type { ServiceRecord } from "@/lib/services/types";
import { catalogRecord, parseServiceRef } from "./service-ref";

const names = new Intl.DisplayNames(["en"], { type: "region" });
const CANDIDATES = [...EEA_COUNTRIES, "GB", "CH", "US", "CA", "JP", "KR", "AU", "IN", "BR"];
const BY_NAME = new Map<string, string>([
  ...CANDIDATES.map((code) => [(names.of(code) ?? code).toLowerCase(), code] as const),
  ["the netherlands", "NL"],
  ["holland", "NL"],
  ["uk", "GB"],
  ["england", "GB"],
  ["scotland", "GB"],
  ["wales", "GB"],
  ["usa", "US"],
  ["us", "US"],
]);

/**
 * The country of the controller's establishment: the lead EU authority the policy names (the
 * authority of the main establishment, GDPR Art. 56(1): Netflix names the Dutch one), else the
 * country its postal address ends with. Its holidays count under Reg. 1182/71, and a controller in
 * the EU/EEA or the UK is bound by the GDPR wherever the requester lives (Art. 3(1)).
 */
export function establishmentOf(record: ServiceRecord): string | undefined {
  const lead = record.supervisoryAuthorities.find((a) => a.regimes.includes("eu-gdpr") && a.role === "lead");
  const leadCountry = lead ? EEA_AUTHORITIES.find((authority) => lead.name.includes(authority.name))?.location : undefined;
  if (leadCountry) return leadCountry;
  const address = record.postalAddress?.address;
  if (!address) return undefined;
  const parts = address
    .split(/[\n,]/)
    .map((part) => part.trim().replace(/\./g, "").toLowerCase())
    .filter(Boolean);
  for (const part of parts.reverse()) {
    const code = BY_NAME.get(part);
    if (code) return code;
  }
  return undefined;
}

/** Holidays count where the controller must act: its establishment, for the laws that count holidays there. */
export function holidayRegionFor(regimeId: string, establishment: string | undefined): string | undefined {
  if (!establishment) return undefined;
  if (regimeId === "eu-gdpr" && EEA_COUNTRIES.includes(establishment)) return establishment;
  return undefined;
}

/**
 * The holiday region for a request's deadline, from catalogue records only: a stored request names
 * its catalogue version, so the letter, the tracked deadline and the request page agree on the date.
 * A custom service's address is the user's to change, so its requests keep the law's default.
 */
export function holidayRegionOfRecord(regimeId: string, record: ServiceRecord): string | undefined {
  return findVersion(record.serviceSlug, record.versionId) === record ? holidayRegionFor(regimeId, establishmentOf(record)) : undefined;
}

export function holidayRegionOfRequest(facts: { regime: string; serviceRef?: string }): string | undefined {
  const ref = facts.serviceRef ? parseServiceRef(facts.serviceRef) : null;
  const record = ref ? catalogRecord(ref) : undefined;
  return record ? holidayRegionFor(facts.regime, establishmentOf(record)) : undefined;
}
