"use server";

import { cookies, headers } from "next/headers";
import { redirect } from "next/navigation";
import { loadCurrentUser } from "@/lib/auth/session";
import { loadConfig } from "@/lib/config";
import { log } from "@/lib/log";
import { listLocales } from "./catalog";
import { LOCALE_COOKIE, LOCALE_COOKIE_MAX_AGE, matchLocale } from "./locales";
import { saveUserLocale } from "./mutations";

/** The page the switcher was on (same site only), to show it again in the new language. */
function backTo(referer: string | null, appUrl: string): string {
  if (!referer) return "/";
  try {
    const url = new URL(referer);
    if (url.origin !== new URL(appUrl).origin) return "/";
    return `${url.pathname}${url.search}`;
  } catch {
    return "/";
  }
}

/**
 * The language switcher's form, with or without JavaScript: remembered in a cookie (read by the proxy)
 * and, for a signed-in user, on the account so emails follow. Then the same page again, which the
 * proxy now renders in the new language.
 */
export async function setLocaleAction(form: unknown): Promise<void> {
  // Anything but the switcher's form data (a forged call) changes nothing.
  const wanted = form instanceof FormData ? form.get("locale") : null;
  const locale = typeof wanted === "string" ? matchLocale(wanted, listLocales()) : null;
  const config = loadConfig();
  const back = backTo((await headers()).get("referer"), config.appUrl);
  if (!locale) redirect(back);
  const jar = await cookies();
  jar.set(LOCALE_COOKIE, locale, { path: "/", maxAge: LOCALE_COOKIE_MAX_AGE, sameSite: "lax", secure: config.appUrl.startsWith("https://") });
  try {
    const user = await loadCurrentUser();
    if (user) await saveUserLocale(user.id, locale);
  } catch (error) {
    // The cookie is set: the page changes language; only the emails keep the old one until next time.
    log.warn({ scope: "i18n", error: error instanceof Error ? error.name : undefined }, "could not save the account's language");
  }
  redirect(back);
}
