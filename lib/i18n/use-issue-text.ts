import { useTranslations } from "next-intl";
import { useCallback } from "react";
import { issueText, type IssueTranslator } from "./issue-text";

// Its own module, without the form library: pages that only show messages do not load it.
/** A schema message (a key of validation.json) in the page's language; other text as it is. */
export function useIssueText(): (message: string) => string {
  const t = useTranslations("validation");
  return useCallback((message: string) => issueText(t as unknown as IssueTranslator, message), [t]);
}
