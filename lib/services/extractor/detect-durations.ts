import { sentenceAround, spanOf } from "./text-spans";
import type { DurationRole, Proposal } from "./types";

const NUMBER_WORDS: Record<string, number> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11,
  twelve: 12, fifteen: 15, twenty: 20, thirty: 30, "forty-five": 45, "forty five": 45, sixty: 60, ninety: 90,
};
const NUMBER = `\\d{1,3}|${Object.keys(NUMBER_WORDS).join("|")}`;
// "30 days", "one month", "forty-five (45) calendar days", "up to 26 months"; not "18 years of age".
export const DURATION = new RegExp(
  `\\b(${NUMBER})(?:\\s*\\(\\d{1,3}\\))?\\s+(?:calendar\\s+|business\\s+|working\\s+)?(days?|weeks?|months?|years?)\\b(?!\\s+(?:of\\s+age|old))`,
  "gi",
);
const RESPONSE = /\b(respond|response|reply|answer|fulfil|fulfill|complete|process|provide)\w*\b/i;
const RETENTION = /\b(retain|retention|kept|keep|store|stored|delete[ds]?|purge)\w*\b/i;
const LOOKBACK = /\b(preceding|past|previous|last)\s+$/i;

function role(sentence: string, before: string): DurationRole {
  if (LOOKBACK.test(before)) return "other";
  if (RETENTION.test(sentence)) return "retention";
  if (RESPONSE.test(sentence) || /\bwithin\s+$/i.test(before)) return "response";
  return "other";
}

export function detectDurations(text: string): Proposal[] {
  const found: Proposal[] = [];
  for (const m of text.matchAll(DURATION)) {
    const raw = (m[1] ?? "").toLowerCase();
    const n = NUMBER_WORDS[raw] ?? Number(raw);
    const unit = (m[2] ?? "").toLowerCase();
    const amount = unit.startsWith("day")
      ? { days: n }
      : unit.startsWith("week")
        ? { days: n * 7 }
        : unit.startsWith("month")
          ? { months: n }
          : { months: n * 12 };
    const end = m.index + m[0].length;
    const sentence = sentenceAround(text, m.index, end);
    const before = text.slice(Math.max(0, m.index - 20), m.index);
    found.push({ kind: "duration", ...amount, role: role(sentence.quote, before), span: spanOf(text, m.index, end), sentence });
  }
  return found;
}
