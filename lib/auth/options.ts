import "server-only";
import type { NextAuthOptions } from "next-auth";
import EmailProvider from "next-auth/providers/email";
import { loadConfig } from "@/lib/config";
import { sendSignInEmail } from "@/emails/sign-in";
import { browserLocale } from "@/lib/i18n/request-locale";
import { saveUserLocaleIfUnset } from "@/lib/i18n/mutations";
import { log } from "@/lib/log";
import { prismaAdapter } from "./adapter";
import { normalizeEmail } from "./rate-limit";

export const MAGIC_LINK_MINUTES = 30;

let cached: NextAuthOptions | undefined;

export function authOptions(): NextAuthOptions {
  if (cached) return cached;
  const config = loadConfig();
  // next-auth v4 builds its links from NEXTAUTH_URL; keep it in step with the validated APP_URL.
  process.env.NEXTAUTH_URL = config.appUrl;
  cached = {
    secret: config.authSecret,
    adapter: prismaAdapter(),
    session: { strategy: "database", maxAge: 30 * 24 * 60 * 60, updateAge: 24 * 60 * 60 },
    useSecureCookies: config.appUrl.startsWith("https://"),
    providers: [
      EmailProvider({
        maxAge: MAGIC_LINK_MINUTES * 60,
        // The rate limits count the address this returns: one function for both.
        normalizeIdentifier(identifier) {
          const email = normalizeEmail(identifier);
          if (!email) throw new Error("Invalid email address format.");
          return email;
        },
        async sendVerificationRequest({ identifier, url }) {
          // In the language of the browser that asked for the link (its cookie, else Accept-Language).
          const locale = await browserLocale();
          await sendSignInEmail(identifier, { url, host: new URL(config.appUrl).host, minutes: MAGIC_LINK_MINUTES, locale });
        },
      }),
    ],
    pages: { signIn: "/signin", verifyRequest: "/signin/check-email", error: "/signin/error" },
    events: {
      // A new account starts with the language of the browser it signed in with; the switcher changes it.
      async signIn({ user }) {
        if (user.id) await saveUserLocaleIfUnset(user.id, await browserLocale()).catch(() => undefined);
      },
    },
    callbacks: {
      session({ session, user }) {
        return { ...session, user: { id: user.id, email: user.email, name: user.name ?? null } };
      },
    },
    // next-auth's default logger prints whole error objects, which can hold addresses and tokens:
    // only the code and the error's class are logged.
    logger: {
      error(code, metadata) {
        const error = metadata instanceof Error ? metadata : (metadata as { error?: unknown })?.error;
        log.error({ scope: "auth", code, error: error instanceof Error ? error.name : undefined }, "sign-in error");
      },
      warn(code) {
        log.warn({ scope: "auth", code }, "sign-in warning");
      },
      debug() {},
    },
  };
  return cached;
}
