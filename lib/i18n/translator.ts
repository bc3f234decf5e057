import { createTranslator, type Messages } from "next-intl";
import { loadMessages, supportedLocale } from "./catalog";
import { dayFormat, type DayFormat } from "./format";

// Outside React's request tree (emails, the reminder sweeper, scripts): a translator for one locale.
export type Translator = ReturnType<typeof createTranslator<Messages>>;

export function translatorFor(requested: string | null | undefined): { locale: string; t: Translator; format: DayFormat } {
  const locale = supportedLocale(requested);
  const messages = loadMessages(locale) as unknown as Messages;
  return { locale, t: createTranslator({ locale, messages }), format: dayFormat(messages.locale.dateLocale) };
}
