import { MAX_MATCHES, negatedBefore, sentenceAround, spanOf } from "./text-spans";
import type { Proposal } from "./types";

// The company responsible for the data: "Discord Netherlands BV is the “data controller”", "is
// controlled by Example Distribution Limited", "The Services are operated by Proton AG", "the DB
// companies DB Vertrieb GmbH, ... process your data as joint controllers", "Le responsable du
// traitement est Example SAS", "Verantwortlicher ist die Example GmbH". A name counts only with the
// legal form that makes it a company's ("Inc.", "Ltd", "GmbH", "SA", "BV"...).
const SUFFIX = String.raw`(?:Inc\.?|LLC|L\.L\.C\.|Ltd\.?|Limited|GmbH|AG|SAS|S\.A\.S\.|S\.A\.|SA|B\.V\.|BV|plc|PLC|Corporation|Corp\.|sàrl|SARL|S\.à r\.l\.|SE|N\.V\.|NV|ULC|Oy|AB|ApS|S\.r\.l\.|S\.L\.|KG|LLP|Pte\. Ltd\.?|Unlimited Company|DAC)`;
export const COMPANY = new RegExp(
  String.raw`(?<![\p{L}\p{N}])\p{Lu}[\p{L}\p{N}&'’!-]*(?:\.(?:com|net|org|io|co))?(?:[ \u00a0](?:\p{Lu}[\p{L}\p{N}&'’!-]*|\(\p{Lu}{2,10}\)|&)){0,5},?[ \u00a0]${SUFFIX}(?![\p{L}\p{N}])`,
  "gu",
);
const TRIGGER =
  /\b(?:(?:data |joint )?controllers?\b|controlled by\b|controls? the processing\b|responsible for (?:the )?(?:processing (?:of )?)?(?:your )?(?:personal )?(?:data|information)\b|(?:operated|provided) by\b|responsable du traitement\b|Verantwortliche[rn]?\b)/gi;
// "The Services are operated by Proton AG", not "other services like Proton Wallet operated by ...".
const OPERATED = /\b(?:the|our|these|this) (?:Services?|websites?|apps?|applications?|platforms?)(?: (?:are|is))?\s+$/i;
// How far after "The company responsible for your data is:" the name may follow.
const BLOCK_REACH = 200;

type EntityProposal = Extract<Proposal, { kind: "legal-entity" }>;

// "Example Messenger Inc. (“Example”)", "Example Ltd ("Example", "we")": the short name a policy then uses.
const DEFINED_AS = /^[ \u00a0]?(?:\*\*|__)?\((?:\*\*|__)?[“"‘']([\p{Lu}][\p{L}\p{N}]{1,30}(?: [\p{Lu}][\p{L}\p{N}]{1,30}){0,2})[”"’']/u;
// "how we, Example Inc., use your data", "Example Inc. ("we", "us")": the policy's author names itself.
const WE_BEFORE = /\bwe,[ \u00a0]$|\b(?:we|us) (?:are referring|refer) to[ \u00a0]$/i;
const WE_AFTER = /^[ \u00a0]?(?:\*\*|__)?\((?:\*\*|__)?(?:collectively,? )?(?:[“"‘'][^”"’'\n]{1,30}[”"’'],? (?:and |or )?){0,3}[“"‘'](?:\*\*|__)?(?:we|us)\b/iu;
// "Welcome to Example Inc.’s Privacy Policy", "Example Inc. is a Delaware corporation": the author of the
// policy. (The name on an envelope, "Example Inc.  \nAttn: Privacy", is not taken: it says where to write,
// not who is responsible.)
const OWN_POLICY = /^[’']s (?:Privacy|Data Protection) (?:Policy|Notice|Statement)\b|^,? is (?:a|an) \p{Lu}[\p{L} ]{1,30}(?:corporation|company)\b/u;
const MAX_DEFINITIONS = 50;

/** Short names the policy defines for companies: "Telegram" for "Telegram Messenger Inc.". */
function definedNames(text: string): { terms: Map<string, string>; self: EntityProposal[] } {
  const terms = new Map<string, string>();
  const self: EntityProposal[] = [];
  let seen = 0;
  for (const c of text.matchAll(COMPANY)) {
    if (seen++ >= MAX_MATCHES || terms.size >= MAX_DEFINITIONS) break;
    const end = c.index + c[0].length;
    const after = text.slice(end, end + 80);
    const term = DEFINED_AS.exec(after)?.[1];
    const name = c[0].replace(/\s+/g, " ");
    if (term && !terms.has(term)) terms.set(term, name);
    const names = WE_BEFORE.test(text.slice(Math.max(0, c.index - 25), c.index)) || WE_AFTER.test(after) || OWN_POLICY.test(after);
    if (self.length === 0 && names) {
      self.push({ kind: "legal-entity", name, role: "operator", span: spanOf(text, c.index, end), sentence: sentenceAround(text, c.index, end) });
    }
  }
  return { terms, self };
}

export function detectLegalEntities(text: string): EntityProposal[] {
  const found: EntityProposal[] = [];
  const seen = new Set<number>();
  const { terms, self } = definedNames(text);
  let lookups = 0;
  for (const m of text.matchAll(TRIGGER)) {
    if (found.length >= MAX_MATCHES) break;
    const end = m.index + m[0].length;
    const sentence = sentenceAround(text, m.index, end);
    if (negatedBefore(text, m.index, sentence.start)) continue;
    const role = /operated|provided/i.test(m[0]) ? "operator" : "controller";
    if (role === "operator" && !OPERATED.test(text.slice(Math.max(sentence.start, m.index - 40), m.index))) continue;
    // "DB Vertrieb GmbH, DB Fernverkehr AG and DB Regio AG process your data as joint controllers": each of them.
    if (/controllers$/i.test(m[0])) {
      for (const c of text.slice(sentence.start, sentence.end).matchAll(COMPANY)) {
        const start = sentence.start + c.index;
        if (seen.has(start) || found.length >= MAX_MATCHES) continue;
        seen.add(start);
        found.push({ kind: "legal-entity", name: c[0].replace(/\s+/g, " "), role, span: spanOf(text, start, start + c[0].length), sentence });
      }
      continue;
    }
    let best: { start: number; end: number } | null = null;
    for (const c of text.slice(sentence.start, sentence.end).matchAll(COMPANY)) {
      const start = sentence.start + c.index;
      const candidate = { start, end: start + c[0].length };
      const distance = (x: { start: number; end: number }) => (x.end <= m.index ? m.index - x.end : x.start - end);
      // "operated by X": the name follows the words.
      if (role === "operator" && start < end) continue;
      if (!best || distance(candidate) < distance(best)) best = candidate;
    }
    // "The company responsible for your data is:" and the name on the lines below.
    if (!best && /:\s*$/.test(text.slice(end, sentence.end + 2))) {
      const after = text.slice(sentence.end, sentence.end + BLOCK_REACH);
      const c = new RegExp(COMPANY.source, "u").exec(after);
      if (c) best = { start: sentence.end + c.index, end: sentence.end + c.index + c[0].length };
    }
    // "Telegram, which … is the data controller": a short name the policy defined for a company.
    if (!best && role === "controller" && lookups++ < MAX_TERM_LOOKUPS) {
      const defined = definedTermIn(text, sentence, terms);
      if (defined) {
        found.push({ kind: "legal-entity", name: defined.name, role, span: spanOf(text, defined.start, defined.end), sentence });
        continue;
      }
    }
    if (!best || seen.has(best.start)) continue;
    seen.add(best.start);
    found.push({ kind: "legal-entity", name: text.slice(best.start, best.end).replace(/\s+/g, " "), role, span: spanOf(text, best.start, best.end), sentence });
  }
  return [...found, ...self];
}

// Sentences a text may ask about its defined names: a text of nothing but "controller" stays cheap.
const MAX_TERM_LOOKUPS = 200;

function definedTermIn(text: string, sentence: { start: number; end: number }, terms: Map<string, string>) {
  const quote = text.slice(sentence.start, sentence.end);
  for (const [term, name] of terms) {
    for (let i = quote.indexOf(term); i !== -1; i = quote.indexOf(term, i + 1)) {
      const wordStart = !/[\p{L}\p{N}]/u.test(quote[i - 1] ?? "");
      const wordEnd = !/[\p{L}\p{N}]/u.test(quote[i + term.length] ?? "");
      if (wordStart && wordEnd) return { name, start: sentence.start + i, end: sentence.start + i + term.length };
    }
  }
  return null;
}
