import { z } from "zod";

/** Deleting everything is typed out, not clicked: the user's own address, as a check they mean it. */
export function deleteAccountSchemaFor(email: string) {
  return z.object({
    confirmEmail: z
      .string()
      .trim()
      .max(320)
      .refine((value) => value.toLowerCase() === email.toLowerCase(), "Type your email address exactly as shown to confirm."),
  });
}

export type DeleteAccountInput = z.input<ReturnType<typeof deleteAccountSchemaFor>>;
