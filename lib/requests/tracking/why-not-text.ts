import type { DayFormat } from "@/lib/i18n/format";
import type { RequestEventType } from "../event-types";
import type { WhyNot, WhyNotCode } from "../transitions";

/** The "tracking" messages a refusal is worded from. */
type WhyNotTranslator = (key: `notYet.${WhyNotCode}` | `timeline.events.${RequestEventType}`, values?: Record<string, string>) => string;

/** A refusal of lib/requests/transitions.ts as a sentence in the reader's language, its dates written out in full. */
export function whyNotText(t: WhyNotTranslator, format: DayFormat, why: WhyNot): string {
  const values: Record<string, string> = { ...why.values };
  for (const [name, iso] of Object.entries(why.days ?? {})) values[name] = format.full(iso);
  for (const [name, type] of Object.entries(why.events ?? {})) values[name] = t(`timeline.events.${type}`);
  return t(`notYet.${why.code}`, values);
}
