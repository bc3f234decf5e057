// What the sign-in page says for each of next-auth's error codes (and the form's own), as keys of
// messages/<locale>/signin.json "errors". No zod: the sign-in form loads this.
const CODES = ["RateLimited", "EmailSignin", "Verification", "SessionRequired", "Default", "required", "tooLong", "invalid"] as const;
export type SignInErrorKey = (typeof CODES)[number] | "RateLimitedFor";
type SignInErrorText = (key: SignInErrorKey, values?: { minutes: number }) => string;

/** next-auth's error code (or one of ours) as a sentence in the reader's language. */
export function signInErrorMessage(text: SignInErrorText, code: string | null | undefined, retryMinutes?: number): string | null {
  if (!code) return null;
  if (code === "RateLimited" && retryMinutes) return text("RateLimitedFor", { minutes: retryMinutes });
  return text((CODES as readonly string[]).includes(code) ? (code as SignInErrorKey) : "Default");
}
