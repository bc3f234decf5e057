import type { Regime, RegimeId, RightGrant, RightId } from "../types";
import { auPrivacy } from "./au-privacy";
import { caQc } from "./ca-qc";
import { ccpa } from "./ccpa";
import { chFadp } from "./ch-fadp";
import { commitments } from "./commitments";
import { EEA_COUNTRIES } from "./eu-authorities";
import { euGdpr } from "./eu-gdpr";
import { inDpdp } from "./in-dpdp";
import { jpAppi } from "./jp-appi";
import { krPipa } from "./kr-pipa";
import { lgpd } from "./lgpd";
import { pipeda } from "./pipeda";
import { ukGdpr } from "./uk-gdpr";
import { usCo, usCt, usIa, usOr, usTx, usUt, usVa } from "./us-states";
import { usDe, usIn, usKy, usMd, usMn, usMt, usNe, usNh, usNj, usRi, usTn } from "./us-states-new";

export { EEA_AUTHORITIES, EEA_COUNTRIES, eeaAuthorityFor } from "./eu-authorities";

export const REGIMES: Readonly<Record<RegimeId, Regime>> = {
  "eu-gdpr": euGdpr,
  "uk-gdpr": ukGdpr,
  ccpa,
  "us-va": usVa,
  "us-co": usCo,
  "us-ct": usCt,
  "us-ut": usUt,
  "us-tx": usTx,
  "us-or": usOr,
  "us-ia": usIa,
  "us-mt": usMt,
  "us-de": usDe,
  "us-nh": usNh,
  "us-nj": usNj,
  "us-ne": usNe,
  "us-tn": usTn,
  "us-mn": usMn,
  "us-md": usMd,
  "us-in": usIn,
  "us-ky": usKy,
  "us-ri": usRi,
  pipeda,
  "ca-qc": caQc,
  lgpd,
  "ch-fadp": chFadp,
  "jp-appi": jpAppi,
  "kr-pipa": krPipa,
  "au-privacy": auPrivacy,
  "in-dpdp": inDpdp,
  commitments,
};

export const REGIME_LIST: readonly Regime[] = Object.values(REGIMES);

export function isRegimeId(value: string): value is RegimeId {
  return Object.hasOwn(REGIMES, value);
}

export function findRightGrant(regime: Regime, right: RightId): RightGrant | undefined {
  return regime.rights.find((grant) => grant.right === right);
}

/**
 * The regime protecting someone who lives at a location: 'NL' → eu-gdpr, 'US-CA' → ccpa.
 * Undefined where the product knows no regime (e.g. a US state without a privacy law).
 */
export function regimeForLocation(location: string): Regime | undefined {
  const code = location.trim().toUpperCase();
  return REGIME_LIST.find((regime) => regime.appliesTo.includes(code));
}

/** True where the law's rights are not yet in force on that day (India's DPDP Act until May 2027). */
export function notYetInForce(regime: Regime, on: string): boolean {
  return regime.inForceFrom !== undefined && on < regime.inForceFrom;
}

export type RegimeBasis = "residence" | "establishment" | "commitments";

/**
 * The law a letter can cite for someone living at `location` (ISO code) on `on`, never none:
 * the law of where they live; else the GDPR or UK GDPR where the controller is established in the
 * EU/EEA or the UK (GDPR Art. 3(1): it covers that processing wherever the person lives); else the
 * service's own published commitments, with no statutory deadline behind them.
 */
export function regimeForRequester(location: string, establishment: string | undefined, on: string): { regime: Regime; basis: RegimeBasis } {
  const local = regimeForLocation(location);
  if (local && !notYetInForce(local, on)) return { regime: local, basis: "residence" };
  const country = establishment?.toUpperCase();
  if (country && EEA_COUNTRIES.includes(country)) return { regime: euGdpr, basis: "establishment" };
  if (country === "GB") return { regime: ukGdpr, basis: "establishment" };
  return { regime: commitments, basis: "commitments" };
}
