import { AUTHORITIES, COMPLAINT_CONTEXT, UNNAMED_AUTHORITY } from "./authorities";
import { lineStartNear, MAX_MATCHES, negatedBefore, sentenceAround, spanOf } from "./text-spans";
import type { Proposal } from "./types";

// Statements a record keeps as cited sentences: a data protection officer, withdrawal of consent,
// identity checks, and the authorities a person may complain to. Each is skipped where the clause
// denies it ("we have not appointed a DPO").
const DPO =
  /\b(?:data protection officer|data privacy officer|designated privacy officer|DPO|Datenschutzbeauftragte[nr]?|délégué(?:e)? à la protection des données)\b/gi;
const WITHDRAW =
  /\bwithdraw(?:al of)? (?:your |their |the |this |that |such )?consent\b|\bconsent\b[^.\n]{0,60}\b(?:withdrawn|withdraw|revoked?)\b|\brevoke (?:your |the )?consent\b|\bEinwilligung\b[^.\n]{0,60}\bwiderrufen\b|\bWiderruf (?:Ihrer |der )?Einwilligung\b|\bretirer (?:votre |son )?consentement\b|\bretrait (?:de votre |du )?consentement\b/gi;
const IDENTITY =
  /\b(?:verify|verifying|confirm|confirming|authenticate|authenticating) (?:your |the requester[’']s |their )?identity\b|\bidentity (?:will|must|may|can|needs to) be (?:verified|confirmed|authenticated)\b|\bidentity (?:has|have) been (?:verified|confirmed)\b|\b(?:verify|confirm) the identity of the (?:requester|requestor|person making the request)\b|\b(?:information|details|documents?) (?:for|to complete) (?:the |our )?verification\b|\bconfirmer votre identité\b|\bverification of (?:your )?identity\b|\bidentity verification\b|\bproof of identity\b|\bverify (?:the|your|a|each) request\b|\bvérifier votre identité\b|\bIdentität\w* (?:zu )?(?:überprüfen|prüfen|nachweisen)\b/gi;

// What a request costs, and why it may be refused.
const FEE =
  /\bfree of charge\b|\bnot (?:have to |need to |be (?:required|asked) to )pay a fee\b|\b(?:at )?no (?:cost|charge)\b|\bwithout charge\b|\b(?:a )?reasonable (?:administrative )?fee\b|\bcharge (?:you )?a (?:reasonable )?fee\b|\bkostenlos\b|\bunentgeltlich\b|\bgratuit(?:ement)?\b|\bsans frais\b/gi;
const FEE_CONTEXT = /\b(?:request|rights?|access|cop(?:y|ies)|exercis|demande|droits?|Anfrage|Auskunft)\w*/i;
const FREE = /free|no (?:cost|charge)|without|\bnot\b|kostenlos|unentgeltlich|gratuit|sans frais/i;
const DECLINE =
  /\bmanifestly unfounded\b|\b(?:refuse|decline|deny|reject) (?:to (?:act on|comply with|respond to|fulfil+|grant|honou?r) )?(?:your |the |a |such |any )?requests?\b|\b(?:unable|not be able) to (?:fulfil+|comply with|honou?r|verify|grant) (?:your |the |a |such )?requests?\b|\b(?:cannot|can[’']t) (?:fulfil+|comply with|honou?r|grant) (?:your |the |a |such )?requests?\b|\b(?:unable|not be able) to (?:delete|erase) (?:your|all|some|certain)\b|\b(?:these |your |such |this |that )?rights? (?:may|might|can) be (?:limited|restricted|subject to (?:some |certain )?(?:limitations|exceptions|exemptions))\b|\b(?:regardless of|despite|notwithstanding) your (?:request|objection)\b|\b(?:should|if|where|when) (?:we deny |we refuse |we decline )?your request (?:is |be )?(?:denied|refused|declined)\b|\blegal (?:obligation|requirement)s? to (?:retain|keep|store)\b|\b(?:required|obliged|obligated) (?:by law )?to (?:retain|keep)\b(?=[^.\n]{0,80}\b(?:even if|despite|regardless|after you|although you|request)\b)|\b(?:once|twice|up to (?:two|three|\d) (?:\(\d\) )?(?:requests?|times)) (?:every|per|in any|in a) (?:12 months|twelve months|year|calendar year)\b|\boffensichtlich unbegründet\b|\bmanifestement infondées?\b|\bnicht (?:verpflichtet|möglich)\b(?=[^.\n]{0,60}\b(?:Antrag|Anfrage)\b)/gi;

const CONTEXT_BEFORE = 250;
// An identity check counts where it is about requests, not about payments or sign-in.
const REQUEST_CONTEXT = /\b(?:request|rights?|ask|asking|Anfrage|Antrag|demande)\w*/i;

type Simple = "dpo" | "withdraw-consent" | "identity-verification";
const SIMPLE: [Simple, RegExp][] = [
  ["dpo", DPO],
  ["withdraw-consent", WITHDRAW],
  ["identity-verification", IDENTITY],
];

export function detectStatements(text: string): Proposal[] {
  const found: Proposal[] = [];
  for (const [kind, pattern] of SIMPLE) {
    let kept = 0;
    for (const m of text.matchAll(pattern)) {
      if (kept++ >= MAX_MATCHES) break;
      const end = m.index + m[0].length;
      // "dpo@example.com" is an address, not the officer.
      if (kind === "dpo" && (m[0] === "dpo" || text[end] === "@" || text[m.index - 1] === "@" || text[m.index - 1] === ".")) continue;
      const sentence = sentenceAround(text, m.index, end);
      if (negatedBefore(text, m.index, sentence.start)) continue;
      // The sentence before may say what the check is for: "To exercise your rights, contact us. You will need ... to verify your identity."
      if (kind === "identity-verification" && !REQUEST_CONTEXT.test(text.slice(Math.max(0, sentence.start - CONTEXT_BEFORE), sentence.end))) continue;
      found.push({ kind, span: spanOf(text, m.index, end), sentence });
    }
  }
  for (const m of text.matchAll(FEE)) {
    if (found.length >= MAX_MATCHES) break;
    const end = m.index + m[0].length;
    const sentence = sentenceAround(text, m.index, end);
    // Words of the sentence, not of the addresses it links to ("…/watchdog/request").
    if (!FEE_CONTEXT.test(sentence.quote.replace(/\]\([^)\s]*\)/g, "]"))) continue;
    found.push({ kind: "fee", free: FREE.test(m[0]), span: spanOf(text, m.index, end), sentence });
  }
  for (const m of text.matchAll(DECLINE)) {
    if (found.length >= MAX_MATCHES) break;
    const end = m.index + m[0].length;
    const sentence = sentenceAround(text, m.index, end);
    if (negatedBefore(text, m.index, sentence.start)) continue;
    found.push({ kind: "decline-ground", span: spanOf(text, m.index, end), sentence });
  }
  return [...found, ...detectAuthorities(text)];
}

const lineOf = (text: string, at: number) => lineStartNear(text, at);

export function detectAuthorities(text: string): Proposal[] {
  const named: Proposal[] = [];
  for (const a of AUTHORITIES) {
    for (const m of text.matchAll(a.pattern)) {
      if (named.length >= MAX_MATCHES) break;
      const end = m.index + m[0].length;
      named.push({
        kind: "authority",
        key: a.key,
        name: a.name,
        regimes: a.regimes,
        span: spanOf(text, m.index, end),
        sentence: sentenceAround(text, m.index, end),
      });
    }
  }
  const namedLines = new Set(named.map((p) => lineOf(text, p.span.start)));
  const unnamed: Proposal[] = [];
  for (const m of text.matchAll(UNNAMED_AUTHORITY)) {
    if (unnamed.length >= MAX_MATCHES) break;
    const end = m.index + m[0].length;
    const sentence = sentenceAround(text, m.index, end);
    // A complaint to "the supervisory authority" on the line that then names it is that authority.
    if (!COMPLAINT_CONTEXT.test(sentence.quote) || namedLines.has(lineOf(text, m.index))) continue;
    unnamed.push({ kind: "authority", key: "unnamed", name: "The authority the policy points to", regimes: [], span: spanOf(text, m.index, end), sentence });
  }
  return [...named, ...unnamed];
}
