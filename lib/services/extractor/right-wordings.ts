import type { RightId } from "../types";

// How policies word each right, in GDPR vocabulary ("rectification", "erasure") and in US-law
// vocabulary ("right to know", "opt out of sale or sharing"). Each pattern is specific enough
// that a policy's ordinary prose ("unauthorized access") does not match it.
export const RIGHT_WORDINGS: Record<RightId, RegExp[]> = {
  access: [
    /\bright (?:of|to) access\b/gi,
    /\bright to know\b/gi,
    /\bright to disclosure\b(?! of marketing)/gi,
    /\bsubject access request\b/gi,
    /\brequest (?:a )?cop(?:y|ies) of (?:all )?(?:of )?(?:your|the) (?:personal )?(?:information|data)\b/gi,
    /\bask us \[?what (?:personal )?(?:information|data) we (?:hold|have|keep)\b/gi,
    /\baccess and receive a copy\b/gi,
    /\brequest access\b/gi,
    /\b(?:access|download) a copy of (?:your|the) personal (?:information|data)\b/gi,
    // "you can review your data", not "you can review our AI principles" or "review additional information".
    /\byou (?:may|can) (?:review|view)\b(?= (?:and \w+ )?(?:your|the|certain|some|all) (?:personal |account )?(?:data|information|details|profile))/gi,
    /\baccess or alter\b/gi,
    /\brequest information (?:to find out |about )?(?:if|whether|what)\b/gi,
    /\b(?:Recht auf )?Auskunft\b/g,
    /\bdroit d[’']accès\b/gi,
  ],
  deletion: [
    /\bright (?:to|of) (?:deletion|delete|erasure|erase)\b/gi,
    /\bright to be forgotten\b/gi,
    /\brequest (?:that we )?delet(?:e|ion)\b/gi,
    /\b(?:correct|update|rectify)\b[\w ,]{0,20}\bor delete\b/gi,
    /\b(?:Recht auf )?Löschung\b/g,
    /\bdroit (?:à l[’']effacement|de suppression)\b/gi,
  ],
  correction: [
    /\bright to (?:correct(?:ion)?|rectif(?:y|ication)|accuracy)\b/gi,
    /\b(?:review|update|request)\b[\w ,]{0,20}\bcorrect\b/gi,
    /\bcorrect or update\b/gi,
    /\baccess or alter\b/gi,
    /\brectif(?:y|ication) of\b/gi,
    /\b(?:Recht auf )?Berichtigung\b/g,
    /\bdroit (?:de|à la) rectification\b/gi,
  ],
  portability: [
    /\b(?:data )?portability\b/gi,
    // "a right to receive a machine-readable copy", "in a structured, commonly used and machine-readable format".
    /\bmachine[- ]readable (?:copy|format)\b/gi,
    /\bDatenübertragbarkeit\b/g,
    /\bportabilité\b/gi,
  ],
  restriction: [
    /\bright to (?:restrict|limit(?! (?:the )?use (?:and disclosure )?of (?:your |my )?sensitive))\b/gi,
    /\b(?:request|ask) (?:that we|us to) only use (?:it|them|your (?:personal )?(?:information|data)) for (?:certain|specific|limited) purposes\b/gi,
    /\brestrict(?:ion of)? (?:the )?processing\b/gi,
    /\bEinschränkung der Verarbeitung\b/g,
    /\bdroit (?:à|de) (?:la )?limitation\b/gi,
  ],
  objection: [
    /\bright to object\b/gi,
    // "opt out of processing", "prevent the processing of your data for direct marketing".
    /\b(?:opt[- ]out of|prevent|stop) (?:the |any )?processing\b/gi,
    /\b(?:you (?:can|may) )?object to (?:or [\w ]{0,30})?(?:the )?(?:processing|data processing|future use)\b/gi,
    /\bobject to or request\b/gi,
    /\b(?:ask|tell) us \[?to stop using your (?:personal )?(?:information|data)\b/gi,
    /\bWiderspruch(?:srecht)?\b/g,
    /\bdroit d[’']opposition\b/gi,
  ],
  "opt-out-sale": [
    /\bopt[- ]out of (?:the )?(?:sale|selling|sharing)\b/gi,
    /\bdo not (?:sell|share)(?: or share)? my personal (?:information|data)\b/gi,
    /\bright to opt[- ]out\b(?! of (?:the |any )?(?:processing|profiling))/gi,
    /\bopt[- ]out of having your personal (?:information|data) (?:sold|shared)\b/gi,
    /\bopt[- ]out of (?:personali[sz]ed|targeted|interest-based|cross-context behaviou?ral) advertising\b/gi,
  ],
  "limit-sensitive": [/\blimit(?:ed)? (?:the )?use (?:and disclosure )?of (?:your |my )?sensitive personal (?:information|data)\b/gi],
  "automated-decision": [
    /\bautomated decision(?:[- ]making)?\b/gi,
    /\bdecision (?:made |based )?solely (?:on|using) automated\b/gi,
    /\bopt[- ]out of profiling\b/gi,
    /\bautomatisierte[nr]? (?:Einzel)?[Ee]ntscheidung\b/g,
    /\bdécision (?:individuelle )?automatisée\b/gi,
  ],
  appeal: [/\bright to appeal\b/gi, /\bappeal (?:our|the|a|any|this|that) (?:decision|refusal|denial)\b/gi],
};

// A list of rights after "you can" or "the right to": "you can directly access, edit, delete, or
// export personal data", "You can request the correction, deletion and restriction of ...".
// Also "This gives you access to your data, allows you to rectify and delete it", and in French and
// German: "vous pouvez accéder à vos données", "vous disposez d'un droit de", "Sie können ... löschen".
export const RIGHTS_CLAUSE =
  /\b(?:you (?:can|may|could|are (?:able|entitled) to)|you have (?:the |a )?rights? to|(?:your|the) (?:ability|option) to|(?:ways|tools|options|controls|settings) (?:for you )?to|if you (?:would like|wish|want) to|the rights? to|(?:include|includes|including)(?: the)? rights? to|rights? of|entitled to|ask us to|require us to|request that we|(?:gives|allows|lets|enables) you(?: to)?|vous pouvez|pouvez-vous|outils pour|moyens de|vous avez (?:le|un) droit|vous disposez d[’']un droit|droits? d[’']|Sie können|können Sie|Möglichkeiten(?:,| zu)|Sie haben das Recht)\b/gi;
export const CLAUSE_VERBS: [RegExp, RightId][] = [
  // "access your data", "access, edit, delete": the verb with what it acts on, not "access features".
  [
    /\b(?:(?<![’']s )access(?=,| (?:to|and|or|your|the|this|that|certain|some|all|personal|it|them|copies|a copy)\b)|accéder|consulter|Auskunft|einsehen)\b/i,
    "access",
  ],
  // "change" only with the person's data as its object: not "change the period after which ...".
  [
    /\b(?:correct(?:ion)?|rectif(?:y|ication)|edit|update|amend|change(?=,| or | and | (?:your|the|any|certain|some) (?:personal |account |profile )?(?:data|information|details|profile|name|e-?mail))|rectifier|corriger|modifier|berichtigen|ändern)\b/i,
    "correction",
  ],
  // "remove" only with the person's data as its object: not "remove Lyft's access to your accounts".
  [
    /\b(?:delete|deletion|erase|erasure|remove(?=,| or | and | (?:it|them|your (?:personal )?(?:data|information|content|account|profile)|(?:the|certain|some|any|all) (?:personal )?(?:data|information)))|removal|supprimer|effacer|löschen)\b/i,
    "deletion",
  ],
  [
    /\b(?:export|portability|port(?=,| (?:it|them|your|their|data)\b)|(?:transfer|transmit) (?:it|them|(?:a|that|this) copy|your (?:personal )?(?:data|information)) to (?:you|another|a third|other)|transfer(?=, )|portabilité|transférer|télécharger|herunterladen|übertragen)\b/i,
    "portability",
  ],
  [
    /\b(?:restrict(?:ion)?(?=,| (?:of|the|our|how|processing|use|it|them|or|and|your (?:personal )?(?:data|information))\b)|limit (?:the processing|the use of your (?:personal )?(?:data|information)|our (?:use|processing)|how we (?:use|process)|what (?:personal )?(?:data|information) we (?:process|use)|certain (?:types|kinds) of processing)|limiter|einschränken)\b/i,
    "restriction",
  ],
  [/\b(?:object to|objection(?=,| and| or)|opposer|widersprechen|(?:opt[- ]out of|prevent|stop) (?:the |any )?processing)\b/i, "objection"],
  [/\bopt[- ]out of (?:the )?(?:sale|selling|sharing|targeted advertising|having your personal (?:information|data) (?:sold|shared))\b/i, "opt-out-sale"],
];
// "so that you can access your data from any device" describes the service, it grants no right.
export const PURPOSE_BEFORE = /\bso(?: that)?\s*$|\bafin que\s*$|\bdamit\s*$/i;
// A sentence about refusing a request ("we cannot grant your request, for example if you ask us to
// delete ...") names a right only as the example of a refusal.
export const REFUSAL =
  /\b(?:cannot|can[’']t|unable to|not be able to) (?:grant|fulfil+|honou?r|comply with)\b|\b(?:decline|refuse) to (?:grant|act on|comply with)\b/i;
// The clause must be about the person's data, so "you can update your browser" is no right.
export const DATA_OBJECT = /\b(?:data|information|account|profile|details|Daten|données|informations|compte|Informationen|Konto)\b/i;
// The clause introduces a list: nothing after it on its line but a colon.
export const LIST_INTRO = /^[^.\n]{0,60}:\s*$/;

// "**Access:**", "* **Erasure**", "| Rectification |": a right as the bold label of an item or the first cell of a row.
export const RIGHT_LABEL =
  /^[ \t]*(?:[*+-][ \t]+)?(?:\*\*|__|\|[ \t]*)(?:the )?(access|erasure|deletion|rectification|correction|portability|data portability|restriction(?: of processing)?|objection|right to (?:know|delete|correct))(?::?\*\*|:?__|[ \t]*\|)/gim;
const LABELS: [RegExp, RightId][] = [
  [/^(?:access|right to know)$/i, "access"],
  [/^(?:erasure|deletion|right to delete)$/i, "deletion"],
  [/^(?:rectification|correction|right to correct)$/i, "correction"],
  [/portability$/i, "portability"],
  [/^restriction/i, "restriction"],
  [/^objection$/i, "objection"],
];
export function labelRight(label: string): RightId | undefined {
  return LABELS.find(([pattern]) => pattern.test(label))?.[1];
}
// "automated decision" is a right only where the sentence grants something about it.
export const AUTOMATED_RIGHT = /\b(?:right|object|opt[- ]out|contest|human|not to be subject|challenge|Recht|droit)\b/i;
