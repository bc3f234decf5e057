import { lineStartNear, MAX_MATCHES, sentenceAround, spanOf } from "./text-spans";
import type { DurationRole, Proposal } from "./types";

const NUMBER_WORDS: Record<string, number> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  fifteen: 15,
  twenty: 20,
  thirty: 30,
  "forty-five": 45,
  "forty five": 45,
  sixty: 60,
  ninety: 90,
  ein: 1,
  einen: 1,
  einem: 1,
  einer: 1,
  zwei: 2,
  drei: 3,
  sechs: 6,
  un: 1,
  une: 1,
  deux: 2,
  trois: 3,
};
const NUMBER = `\\d{1,3}|${Object.keys(NUMBER_WORDS).join("|")}`;
// "30 days", "one month", "forty-five (45) calendar days", "up to 26 months"; not "18 years of age".
export const DURATION = new RegExp(
  `\\b(${NUMBER})(?:\\s*\\(\\d{1,3}\\))?\\s+(?:(?:further|additional|more|weitere|supplémentaires)\\s+)?(?:calendar\\s+|business\\s+|working\\s+)?(days?|weeks?|months?|years?|Tag(?:e|en)?|Wochen?|Monat(?:e|en)?|Jahr(?:e|en)?|jours?|semaines?|mois|ans|années?)\\b(?!\\s+(?:of\\s+age|old))`,
  "gi",
);
const RESPONSE = /\b(respond|response|reply|answer|fulfil|fulfill|complete|process|provide|antwort|beantwort|bearbeit|répond|réponse|trait)\w*\b/i;
const RETENTION = /\b(retain|retention|kept|keep|store|stored|delete[ds]?|purge|speicher|aufbewahr|gelöscht|lösch|conserv|supprim)\w*\b/i;
// "may be extended by two further months", "an additional 45 days": more time, not the time itself.
const EXTENSION = /\b(?:extend\w*|extension|verlänger\w*|prolong\w*|prorog\w*)\b|\b(?:additional|further|another|weitere\w*|supplémentaires?)\s+(?:\w+\s+)?$/i;
const EXTENSION_REACH = 80;
const LOOKBACK = /\b(preceding|past|previous|last)\s+$/i;
// Periods that are neither an answer nor a retention: "24 hours a day, 7 days a week", notice of
// changes to the policy, acknowledging a request, restoring an account, ad opt-outs.
const ANSWER = /\b(?:respond|response|reply|answer|antwort|répond|réponse)\w*/i;
// "up to 14 days to process your request": what the period is for follows it.
const TO_ANSWER = /^\s(?:\(\w+\)\s)?(?:of (?:its |your |the )?receipt\s)?to (?:process|respond|reply|answer|complete|fulfil+|action|handle)\b/i;
const PER = /^\s+a\s+(?:day|week|month|year)\b/i;
const NOT_AN_ANSWER =
  /\b(?:notice|notif(?:y|i\w*)|changes? to (?:this|our|the) (?:privacy )?(?:policy|notice|statement)|acknowledg\w*|confirm(?:ation)? (?:of )?receipt|restor\w*|reactivat\w*|recover (?:your|the) account|opt[- ]?outs?|unsubscrib\w*|mitteilung|benachrichtig\w*|préavis)\b/i;

// A period in a table is what the table is about: its header says whether it is a retention period
// (a statistics table of "30 days" is not one).
const MAX_TABLE_ROWS = 300;

function tableHeader(text: string, at: number): string | null {
  let lineStart = lineStartNear(text, at);
  if (!text.startsWith("|", lineStart)) return null;
  for (let rows = 0; lineStart > 0 && rows < MAX_TABLE_ROWS; rows++) {
    const previous = lineStartNear(text, lineStart - 1);
    if (!text.startsWith("|", previous)) break;
    lineStart = previous;
  }
  const end = text.indexOf("\n", lineStart);
  return text.slice(lineStart, end === -1 ? text.length : end);
}

function role(sentence: string, before: string, header: string | null, clauseBefore: string, after = ""): DurationRole {
  if (LOOKBACK.test(before) || PER.test(after)) return "other";
  if (header !== null) return RETENTION.test(header) ? "retention" : "other";
  if (EXTENSION.test(clauseBefore)) return "extension";
  // Only the clause the period stands in: "We acknowledge your request within 10 days and respond within 45 days."
  const ownClause = clauseBefore.split(/[,;]| and | but /).at(-1) ?? clauseBefore;
  if (NOT_AN_ANSWER.test(ownClause) && !ANSWER.test(ownClause)) return "other";
  if (RETENTION.test(sentence)) return "retention";
  if (ANSWER.test(ownClause) || TO_ANSWER.test(after)) return "response";
  if (NOT_AN_ANSWER.test(sentence) && !ANSWER.test(sentence)) return "other";
  if (RESPONSE.test(sentence) || /\bwithin\s+$/i.test(before)) return "response";
  return "other";
}

export function detectDurations(text: string): Proposal[] {
  const found: Proposal[] = [];
  for (const m of text.matchAll(DURATION)) {
    if (found.length >= MAX_MATCHES) break;
    const raw = (m[1] ?? "").toLowerCase();
    const n = NUMBER_WORDS[raw] ?? Number(raw);
    const unit = (m[2] ?? "").toLowerCase();
    const amount = /^(?:day|tag|jour)/.test(unit)
      ? { days: n }
      : /^(?:week|woche|semaine)/.test(unit)
        ? { days: n * 7 }
        : /^(?:month|monat|mois)/.test(unit)
          ? { months: n }
          : { months: n * 12 };
    const end = m.index + m[0].length;
    const sentence = sentenceAround(text, m.index, end);
    const before = text.slice(Math.max(0, m.index - 20), m.index);
    const clauseBefore = text.slice(Math.max(sentence.start, m.index - EXTENSION_REACH), m.index);
    const r = role(sentence.quote, before, tableHeader(text, m.index), clauseBefore, text.slice(end, end + 48));
    found.push({ kind: "duration", ...amount, role: r, span: spanOf(text, m.index, end), sentence });
  }
  return found;
}
