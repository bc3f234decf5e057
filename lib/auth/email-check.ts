// The sign-in form's check before it posts, without a schema library: the sign-in page would
// otherwise load zod (45 KiB of gzipped JavaScript) for one field. The results are keys of
// messages/<locale>/signin.json "errors", the same as `signInSchema`'s, which stays the server's word
// on what is acceptable.
export const SIGN_IN_EMAIL_MESSAGES = {
  empty: "required",
  long: "tooLong",
  shape: "invalid",
} as const;

// Something, one @, a dotted domain; no spaces. The server checks the address in full.
const EMAIL_SHAPE = /^[^\s@]+@[^\s@.]+(?:\.[^\s@.]+)+$/;

export function signInEmailProblem(input: string): (typeof SIGN_IN_EMAIL_MESSAGES)[keyof typeof SIGN_IN_EMAIL_MESSAGES] | null {
  const email = input.trim();
  if (email.length === 0) return SIGN_IN_EMAIL_MESSAGES.empty;
  if (email.length > 254) return SIGN_IN_EMAIL_MESSAGES.long;
  return EMAIL_SHAPE.test(email) ? null : SIGN_IN_EMAIL_MESSAGES.shape;
}
