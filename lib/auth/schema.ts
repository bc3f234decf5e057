import { z } from "zod";
import { SIGN_IN_EMAIL_MESSAGES } from "./email-check";

// Shared by the sign-in form and the server: one definition of an acceptable address.
export const signInSchema = z.object({
  email: z.string().trim().min(1, SIGN_IN_EMAIL_MESSAGES.empty).max(254, SIGN_IN_EMAIL_MESSAGES.long).pipe(z.email(SIGN_IN_EMAIL_MESSAGES.shape)),
});

// Re-exported for the server's side; the sign-in form imports them from there, without zod.
export { signInErrorMessage, type SignInErrorKey } from "./sign-in-messages";
