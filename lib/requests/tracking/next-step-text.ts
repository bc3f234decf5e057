import type { DayFormat } from "@/lib/i18n/format";
import type { NextStepCode, StepPhrase } from "../next-steps";

type StepTranslator = (key: `nextSteps.${NextStepCode}`, values?: Record<string, string>) => string;

/** One sentence of lib/requests/next-steps.ts in the reader's language, its dates written out in full. */
export function stepText(t: StepTranslator, format: DayFormat, phrase: StepPhrase): string {
  const values: Record<string, string> = { ...phrase.values };
  for (const [name, iso] of Object.entries(phrase.days ?? {})) values[name] = format.full(iso);
  for (const [name, inner] of Object.entries(phrase.phrases ?? {})) values[name] = stepText(t, format, inner);
  return t(`nextSteps.${phrase.code}`, values);
}
