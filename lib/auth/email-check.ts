// The sign-in form's check before it posts, without a schema library: the sign-in page would
// otherwise load zod (45 KiB of gzipped JavaScript) for one field. The same messages as
// `signInSchema`, which stays the server's word on what is acceptable.
export const SIGN_IN_EMAIL_MESSAGES = {
  empty: "Enter your email address.",
  long: "That address is too long.",
  shape: "Enter an email address like name@example.org.",
} as const;

// Something, one @, a dotted domain; no spaces. The server checks the address in full.
const EMAIL_SHAPE = /^[^\s@]+@[^\s@.]+(?:\.[^\s@.]+)+$/;

export function signInEmailProblem(input: string): string | null {
  const email = input.trim();
  if (email.length === 0) return SIGN_IN_EMAIL_MESSAGES.empty;
  if (email.length > 254) return SIGN_IN_EMAIL_MESSAGES.long;
  return EMAIL_SHAPE.test(email) ? null : SIGN_IN_EMAIL_MESSAGES.shape;
}
