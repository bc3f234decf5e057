import { translatorFor } from "@/lib/i18n/translator";
import type { StepPhrase } from "@/lib/requests/next-steps";
import { stepText } from "@/lib/requests/tracking/next-step-text";
import type { WhyNot } from "@/lib/requests/transitions";
import { whyNotText } from "@/lib/requests/tracking/why-not-text";

// Transitions and next steps give their sentences as message keys (lib/requests/transitions.ts,
// next-steps.ts); tests read them as an English reader would.
const { t, format } = translatorFor("en");

export const whyInEnglish = (why: WhyNot): string => whyNotText((key, values) => t(`tracking.${key}`, values), format, why);

/** A check or outcome with its refusal worded in English, as `message`, the way the action returns it. */
export function inEnglishWhy<T extends object>(result: T): Omit<T, "why"> | (Omit<T, "why"> & { message: string }) {
  if (!("why" in result)) return result;
  const { why, ...rest } = result as T & { why: WhyNot };
  return { ...rest, message: whyInEnglish(why) };
}

/** A next step's sentence (lib/requests/next-steps.ts) as an English reader sees it. */
export const stepInEnglish = (phrase: StepPhrase): string => stepText((key, values) => t(`tracking.${key}`, values), format, phrase);
