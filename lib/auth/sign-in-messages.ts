// What the sign-in page says for each of next-auth's error codes. No zod: the sign-in form loads this.
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
