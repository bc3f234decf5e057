import { createTranslator } from "next-intl";
import { loadMessages } from "@/lib/i18n/catalog";
import { issueText, type IssueTranslator } from "@/lib/i18n/issue-text";

// Schemas give message keys (lib/i18n/issue-text.ts); tests read them as an English reader would.
const messages = loadMessages("en") as { validation: Record<string, unknown> };
const t = createTranslator({ locale: "en", messages: { validation: messages.validation }, namespace: "validation" }) as unknown as IssueTranslator;

export const inEnglish = (message: string): string => issueText(t, message);
