import { z } from "zod";

// Shared by the sign-in form and the server: one definition of an acceptable address.
export const signInSchema = z.object({
  email: z
    .string()
    .trim()
    .min(1, "Enter your email address.")
    .max(254, "That address is too long.")
    .pipe(z.email("Enter an email address like name@example.org.")),
});

export type SignInInput = z.infer<typeof signInSchema>;

export const SIGN_IN_ERRORS: Record<string, string> = {
  RateLimited: "Too many sign-in emails were asked for. Wait a little and try again.",
  EmailSignin: "We could not send the sign-in email. Check the address and try again in a minute.",
  Verification: "This sign-in link has already been used or has expired. Ask for a new one below.",
  SessionRequired: "Please sign in to see that page.",
  Default: "Something went wrong while signing in. Please try again.",
};

export function signInErrorMessage(code: string | null | undefined, retryMinutes?: number): string | null {
  if (!code) return null;
  if (code === "RateLimited" && retryMinutes) {
    return `Too many sign-in emails were asked for. Try again in ${retryMinutes} minute${retryMinutes === 1 ? "" : "s"}.`;
  }
  return SIGN_IN_ERRORS[code] ?? SIGN_IN_ERRORS.Default!;
}
