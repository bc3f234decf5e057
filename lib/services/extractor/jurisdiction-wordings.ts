import type { RegimeId } from "../types";

// Names of laws are enough on their own; place names count only in a sentence about law or
// rights, so a country picker or a postal address does not make a policy "name" a regime.
export const JURISDICTION_WORDINGS: { regime: RegimeId; pattern: RegExp; needsLegalContext: boolean }[] = [
  { regime: "eu-gdpr", pattern: /(?<!\bUK )\b(?:EU )?GDPR\b|(?<!\bUK )\bGeneral Data Protection Regulation\b/g, needsLegalContext: false },
  { regime: "eu-gdpr", pattern: /\bEuropean Economic Area\b|\bEEA\b/g, needsLegalContext: true },
  { regime: "eu-gdpr", pattern: /\bEuropean Union\b|\bEU\b/g, needsLegalContext: true },
  { regime: "uk-gdpr", pattern: /\bUK GDPR\b|\bUK General Data Protection Regulation\b|\bData Protection Act 2018\b/g, needsLegalContext: false },
  { regime: "uk-gdpr", pattern: /\bUnited Kingdom\b|\bUK\b/g, needsLegalContext: true },
  { regime: "ccpa", pattern: /\bCCPA\b|\bCPRA\b|\bCalifornia Consumer Privacy Act\b|\bCalifornia Privacy Rights Act\b/g, needsLegalContext: false },
  { regime: "ccpa", pattern: /\bCalifornia\b/g, needsLegalContext: true },
  { regime: "pipeda", pattern: /\bPIPEDA\b|\bPersonal Information Protection and Electronic Documents Act\b/g, needsLegalContext: false },
  { regime: "pipeda", pattern: /\bCanada\b|\bCanadian\b/g, needsLegalContext: true },
  { regime: "us-states", pattern: /\bother (?:U\.S\.|US|United States) states\b/gi, needsLegalContext: false },
  // US state laws named together: "Other US State Users", "certain state privacy laws in the United States".
  {
    regime: "us-states",
    pattern:
      /\b(?:U\.S\.|US) [Ss]tates?\b(?! Department| and federal| or federal)|\b[Ss]tate (?:consumer )?(?:data )?privacy (?:laws?|rights|regulations)\b|\b[Ss]tate-[Ss]pecific [Pp]rivacy\b/g,
    needsLegalContext: false,
  },
  { regime: "us-states", pattern: /\b(?:Virginia|Colorado|Connecticut|Utah|Texas|Oregon|Iowa)\b/g, needsLegalContext: true },
];

export const LEGAL_CONTEXT =
  /\b(?:laws?|legal|residents?|consumers?|data subjects?|rights?|regulations?|acts?|governed|jurisdictions?|privacy|live|reside|located|if you are in|Information Commissioner|controll(?:ed|er))\b/i;
// A place named for something other than its privacy law: a company "incorporated under the laws of
// the United Kingdom", the Data Privacy Framework ("the UK Extension to the EU-U.S. DPF"), the UK's
// Online Safety Act, Canada's anti-spam law, the place a representative is appointed for ("If you reside in
// the UK, you can also contact X, our appointed representative").
export const OTHER_LAW =
  /\b(?:incorporated|organi[sz]ed|registered|formed) (?:in|under the laws of)\b|\bData Privacy Frameworks?\b|\bDPF\b|\bPrivacy Shield\b|\bOnline Safety Act\b|\banti-?spam\b|\bCASL\b|\bcommercial electronic messages?\b|\b(?:appointed|designated) (?:a |as (?:its |our )?)?representative\b|\brepresentative for data protection\b/i;
