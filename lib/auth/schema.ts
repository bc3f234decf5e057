import * as z from "zod/mini";

// Shared by the sign-in form and the server: one definition of an acceptable address. zod's small
// build, because the sign-in page loads it: the full one is 45 KiB of gzipped JavaScript.
export const signInSchema = z.object({
  email: z.pipe(
    z.string().check(z.trim(), z.minLength(1, "Enter your email address."), z.maxLength(254, "That address is too long.")),
    z.email("Enter an email address like name@example.org."),
  ),
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
