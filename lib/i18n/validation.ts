import "server-only";
import { createTranslator } from "next-intl";
import { loadMessages, supportedLocale } from "./catalog";
import { issueText, type IssueTranslator } from "./issue-text";
import { browserLocale } from "./request-locale";

export type FieldIssue = { path: string; message: string };

/** The translator of the "validation" messages in a locale (that of the browser asking, by default). */
export async function validationTranslator(locale?: string): Promise<IssueTranslator> {
  const chosen = supportedLocale(locale ?? (await browserLocale()));
  const messages = loadMessages(chosen) as { validation: Record<string, unknown> };
  return createTranslator({ locale: chosen, messages: { validation: messages.validation }, namespace: "validation" }) as unknown as IssueTranslator;
}

/** A schema's issues as a server action returns them: each at its field, in the reader's language. */
export async function issuesIn(error: { issues: readonly { path: readonly PropertyKey[]; message: string }[] }, locale?: string): Promise<FieldIssue[]> {
  const t = await validationTranslator(locale);
  return error.issues.map((issue) => ({ path: issue.path.map(String).join("."), message: issueText(t, issue.message) }));
}

/** One schema message in the reader's language. */
export async function issueIn(message: string, locale?: string): Promise<string> {
  return issueText(await validationTranslator(locale), message);
}
