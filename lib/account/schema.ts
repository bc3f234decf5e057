import * as z from "zod/mini";
import { issue } from "@/lib/i18n/issue-text";

/** Deleting everything is typed out, not clicked: the user's own address, as a check they mean it. */
export function deleteAccountSchemaFor(email: string) {
  return z.object({
    confirmEmail: z.string().check(
      z.trim(),
      z.maxLength(320),
      z.refine((value) => value.toLowerCase() === email.toLowerCase(), issue("account.confirmEmail")),
    ),
  });
}

export type DeleteAccountInput = z.input<ReturnType<typeof deleteAccountSchemaFor>>;
