import { sentenceAround, spanOf } from "./text-spans";
import type { Proposal } from "./types";

// "with a subject of **Personal Information Request**", "subject line "Data Request"".
const SUBJECT = /\bsubject(?: line)?(?: of| reading|:)?\s*(?:\*\*|["“'])([^*"”'\n]{3,80})(?:\*\*|["”'])/gi;
const FROM_ACCOUNT =
  /\bfrom the (?:same )?(?:e-?mail )?address (?:attached to|associated with|linked to|registered (?:to|with)|on|used for) your (?:[\w-]+ )?account\b/gi;
const USERNAME = /\binclude your (?:[\w-]+ )?(?:username|user name|account name)\b/gi;

export function detectHowToAsk(text: string): Proposal[] {
  const found: Proposal[] = [];
  const around = (index: number, length: number) => sentenceAround(text, index, index + length);
  for (const m of text.matchAll(SUBJECT)) {
    const value = (m[1] ?? "").trim();
    found.push({ kind: "subject-line", value, span: spanOf(text, m.index, m.index + m[0].length), sentence: around(m.index, m[0].length) });
  }
  for (const m of text.matchAll(FROM_ACCOUNT)) {
    found.push({ kind: "from-account-email", span: spanOf(text, m.index, m.index + m[0].length), sentence: around(m.index, m[0].length) });
  }
  for (const m of text.matchAll(USERNAME)) {
    found.push({ kind: "include-username", span: spanOf(text, m.index, m.index + m[0].length), sentence: around(m.index, m[0].length) });
  }
  return found;
}
