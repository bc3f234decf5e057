import type { Regime, RegimeId, RightGrant, RightId } from "../types";
import { ccpa } from "./ccpa";
import { chFadp } from "./ch-fadp";
import { euGdpr } from "./eu-gdpr";
import { lgpd } from "./lgpd";
import { pipeda } from "./pipeda";
import { ukGdpr } from "./uk-gdpr";
import { usCo, usCt, usIa, usOr, usTx, usUt, usVa } from "./us-states";

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
  pipeda,
  lgpd,
  "ch-fadp": chFadp,
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
