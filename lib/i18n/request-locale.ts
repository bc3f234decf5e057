import "server-only";
import { cookies, headers } from "next/headers";
import { listLocales } from "./catalog";
import { LOCALE_COOKIE, resolveLocale } from "./locales";

/**
 * The language of the browser making this request, outside pages (route handlers, actions, auth
 * callbacks): the same rule as the proxy. Never used by layouts, which take it from the segment.
 */
export async function browserLocale(): Promise<string> {
  try {
    const [jar, incoming] = await Promise.all([cookies(), headers()]);
    return resolveLocale({ cookie: jar.get(LOCALE_COOKIE)?.value, acceptLanguage: incoming.get("accept-language") }, listLocales());
  } catch {
    // Outside a request (a script): the default.
    return resolveLocale({}, listLocales());
  }
}
