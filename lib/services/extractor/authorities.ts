import type { RegimeId } from "../types";

// Supervisory authorities by the names policies give them, in English and in their own languages.
// Data, not rules: an authority missing here is still found as an unnamed one by its complaint sentence.
export const AUTHORITIES: { key: string; name: string; regimes: RegimeId[]; pattern: RegExp }[] = [
  { key: "ico", name: "Information Commissioner's Office (UK)", regimes: ["uk-gdpr"], pattern: /\bInformation Commissioner(?:[’']s Office)?\b|\bICO\b/g },
  { key: "cnil", name: "CNIL (France)", regimes: ["eu-gdpr"], pattern: /\bCNIL\b|\bCommission [Nn]ationale de l[’']informatique et des libert[ée]s\b/g },
  { key: "dpc-ie", name: "Data Protection Commission (Ireland)", regimes: ["eu-gdpr"], pattern: /\b(?:Irish )?Data Protection Commission(?:er)?\b/g },
  { key: "ftc", name: "Federal Trade Commission (US)", regimes: [], pattern: /\bFederal Trade Commission\b/g },
  { key: "cppa", name: "California Privacy Protection Agency", regimes: ["ccpa"], pattern: /\bCalifornia Privacy Protection Agency\b/g },
  {
    key: "de-hessen",
    name: "Hessian Commissioner for Data Protection (Germany)",
    regimes: ["eu-gdpr"],
    pattern: /\bHessische[n]? Beauftragte[n]? für Datenschutz\b|\bHessian (?:Data Protection )?Commissioner\b/g,
  },
  {
    key: "de-bfdi",
    name: "Federal Commissioner for Data Protection (Germany)",
    regimes: ["eu-gdpr"],
    pattern: /\bBundesbeauftragte[n]? für (?:den )?Datenschutz\b|\bBfDI\b/g,
  },
  {
    key: "nl-ap",
    name: "Autoriteit Persoonsgegevens (Netherlands)",
    regimes: ["eu-gdpr"],
    pattern: /\bAutoriteit Persoonsgegevens\b|\bDutch Data Protection Authority\b/g,
  },
  { key: "lu-cnpd", name: "CNPD (Luxembourg)", regimes: ["eu-gdpr"], pattern: /\bCommission [Nn]ationale pour la [Pp]rotection des [Dd]onnées\b|\bCNPD\b/g },
  { key: "es-aepd", name: "AEPD (Spain)", regimes: ["eu-gdpr"], pattern: /\bAgencia Española de Protección de Datos\b|\bAEPD\b/g },
  {
    key: "it-garante",
    name: "Garante per la protezione dei dati personali (Italy)",
    regimes: ["eu-gdpr"],
    pattern: /\bGarante per la protezione dei dati personali\b/g,
  },
  {
    key: "ch-fdpic",
    name: "Federal Data Protection and Information Commissioner (Switzerland)",
    regimes: [],
    pattern: /\bFederal Data Protection and Information Commissioner\b|\bFDPIC\b|\bEDÖB\b|\bPréposé fédéral à la protection des données\b/g,
  },
  {
    key: "ca-opc",
    name: "Office of the Privacy Commissioner of Canada",
    regimes: ["pipeda"],
    pattern: /\b(?:Office of the )?Privacy Commissioner of Canada\b/g,
  },
];

// An authority pointed at without a name: "the competent supervisory authority", "your local data
// protection authority", "der zuständigen Aufsichtsbehörde", "une autorité de contrôle".
export const UNNAMED_AUTHORITY =
  /\b(?:supervisory|data protection|privacy) (?:authority|authorities|regulator)\b|\b(?:applicable|competent|relevant|appropriate|local) regulator\b|\bAufsichtsbehörde\b|\bDatenschutzbehörde\b|\bautorité de contrôle\b|\bautorité (?:chargée de la |de )?protection des données\b/gi;
export const COMPLAINT_CONTEXT = /\b(?:complain\w*|lodge|contact(?:er)?|reach out|saisir|Beschwerde|wenden|réclamation|plainte)\b/i;

export function authorityKey(name: string): string {
  return AUTHORITIES.find((a) => a.name === name)?.key ?? "unnamed";
}
