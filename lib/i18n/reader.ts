import "server-only";
import { browserLocale } from "./request-locale";
import { translatorFor, type Translator } from "./translator";

/**
 * The translator for whoever posted this request (a server action's refusal, a route's answer):
 * the browser's language as the proxy reads it, or `locale` when the caller knows it.
 */
export async function readerTranslator(locale?: string): Promise<Translator> {
  return (await reader(locale)).t;
}

/** The same, with the reader's locale and date format. */
export async function reader(locale?: string): Promise<ReturnType<typeof translatorFor>> {
  return translatorFor(locale ?? (await browserLocale()));
}
