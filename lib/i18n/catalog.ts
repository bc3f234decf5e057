import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { DEFAULT_LOCALE, isLocaleTag } from "./locales";

// A language is a folder of messages/<locale>/<namespace>.json and nothing else: the locales and
// namespaces are read from the folders. Node only (proxy, server, scripts, tests), never the browser.

export type Messages = Record<string, unknown>;

const root = () => join(process.cwd(), "messages");
// Read once per process in production; in development an edited file shows on the next request.
const cacheable = process.env.NODE_ENV === "production";
let locales: string[] | undefined;
const messages = new Map<string, Messages>();

export function listLocales(): string[] {
  if (locales && cacheable) return locales;
  const found = readdirSync(root(), { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && isLocaleTag(entry.name))
    .map((entry) => entry.name)
    .sort((a, b) => (a === DEFAULT_LOCALE ? -1 : b === DEFAULT_LOCALE ? 1 : a.localeCompare(b)));
  locales = found;
  return found;
}

/** One locale's messages as written, by namespace (no fallback). */
export function readLocaleMessages(locale: string): Messages {
  const folder = join(root(), locale);
  const out: Messages = {};
  for (const file of readdirSync(folder)
    .filter((name) => name.endsWith(".json"))
    .sort()) {
    out[file.slice(0, -".json".length)] = JSON.parse(readFileSync(join(folder, file), "utf8")) as unknown;
  }
  return out;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** `over` laid onto `base`, key by key: what a locale lacks shows in English, never as a raw key. */
export function mergeMessages(base: Messages, over: Messages): Messages {
  const out: Messages = { ...base };
  for (const [key, value] of Object.entries(over)) {
    const under = out[key];
    out[key] = isObject(under) && isObject(value) ? mergeMessages(under, value) : value === "" ? under : value;
  }
  return out;
}

/** The messages a page in `locale` uses: that locale's, with English under them. */
export function loadMessages(locale: string): Messages {
  const cached = cacheable ? messages.get(locale) : undefined;
  if (cached) return cached;
  const own = readLocaleMessages(locale);
  const merged = locale === DEFAULT_LOCALE ? own : mergeMessages(readLocaleMessages(DEFAULT_LOCALE), own);
  messages.set(locale, merged);
  return merged;
}

/** A supported locale for a stored or requested value, else English. */
export function supportedLocale(value: string | null | undefined): string {
  return value && listLocales().includes(value) ? value : DEFAULT_LOCALE;
}
