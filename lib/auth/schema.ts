import { z } from "zod";

// Shared by the sign-in form and the server: one definition of an acceptable address.
export const signInSchema = z.object({
  email: z
    .string()
    .trim()
    .min(1, "required")
    .max(254, "tooLong")
    .pipe(z.email("invalid")),
});

export type SignInInput = z.infer<typeof signInSchema>;

// The schema's messages are keys of messages/<locale>/signin.json "errors", shown in the reader's language.
const CODES = ["RateLimited", "EmailSignin", "Verification", "SessionRequired", "Default", "required", "tooLong", "invalid"] as const;
export type SignInErrorKey = (typeof CODES)[number] | "RateLimitedFor";
type SignInErrorText = (key: SignInErrorKey, values?: { minutes: number }) => string;

/** next-auth's error code (or one of ours) as a sentence in the reader's language. */
export function signInErrorMessage(text: SignInErrorText, code: string | null | undefined, retryMinutes?: number): string | null {
  if (!code) return null;
  if (code === "RateLimited" && retryMinutes) return text("RateLimitedFor", { minutes: retryMinutes });
  return text((CODES as readonly string[]).includes(code) ? (code as SignInErrorKey) : "Default");
}
