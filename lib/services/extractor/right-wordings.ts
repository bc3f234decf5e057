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
    /\brequest (?:a )?cop(?:y|ies) of (?:your|the) personal (?:information|data)\b/gi,
    /\baccess and receive a copy\b/gi,
    /\brequest access\b/gi,
    /\b(?:access|download) a copy of (?:your|the) personal (?:information|data)\b/gi,
    /\byou (?:may|can) (?:review|view)\b/gi,
    /\baccess or alter\b/gi,
  ],
  deletion: [
    /\bright (?:to|of) (?:deletion|delete|erasure|erase)\b/gi,
    /\bright to be forgotten\b/gi,
    /\brequest (?:that we )?delet(?:e|ion)\b/gi,
    /\b(?:correct|update|rectify)\b[\w ,]{0,20}\bor delete\b/gi,
  ],
  correction: [
    /\bright to (?:correct(?:ion)?|rectif(?:y|ication)|accuracy)\b/gi,
    /\b(?:review|update|request)\b[\w ,]{0,20}\bcorrect\b/gi,
    /\bcorrect or update\b/gi,
    /\baccess or alter\b/gi,
    /\brectif(?:y|ication) of\b/gi,
  ],
  portability: [/\b(?:data )?portability\b/gi],
  restriction: [/\bright to restrict\b/gi, /\brestrict(?:ion of)? (?:the )?processing\b/gi],
  objection: [/\bright to object\b/gi, /\b(?:you (?:can|may) )?object to (?:or [\w ]{0,30})?(?:the )?processing\b/gi, /\bobject to or request\b/gi],
  "opt-out-sale": [
    /\bopt[- ]out of (?:the )?(?:sale|selling|sharing)\b/gi,
    /\bdo not (?:sell|share)(?: or share)? my personal (?:information|data)\b/gi,
    /\bright to opt[- ]out\b/gi,
  ],
  "limit-sensitive": [/\blimit(?:ed)? (?:the )?use (?:and disclosure )?of (?:your |my )?sensitive personal (?:information|data)\b/gi],
  "automated-decision": [
    /\bautomated decision(?:[- ]making)?\b/gi,
    /\bdecision (?:made |based )?solely (?:on|using) automated\b/gi,
    /\bopt[- ]out of profiling\b/gi,
  ],
  appeal: [/\bright to appeal\b/gi, /\bappeal (?:our|the|a|this|that) (?:decision|refusal|denial)\b/gi],
};
