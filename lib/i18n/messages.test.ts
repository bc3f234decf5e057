import { describe, expect, it } from "vitest";
import { listLocales, loadMessages, mergeMessages, readLocaleMessages, type Messages } from "./catalog";
import { DEFAULT_LOCALE } from "./locales";

/** Every leaf as "namespace.key.sub" → value. */
function leaves(messages: Messages, prefix = ""): Map<string, unknown> {
  const out = new Map<string, unknown>();
  for (const [key, value] of Object.entries(messages)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === "object" && value !== null && !Array.isArray(value)) for (const [k, v] of leaves(value as Messages, path)) out.set(k, v);
    else out.set(path, value);
  }
  return out;
}

/** The names of a message's arguments ("{service}", "{count, plural, …}"), which a translation must keep. */
function argumentsOf(message: string): string[] {
  return [...new Set([...message.matchAll(/\{(\w+)/g)].map((m) => m[1]!))].filter((name) => name !== "one" && name !== "other").sort();
}

const english = leaves(readLocaleMessages(DEFAULT_LOCALE));

describe("messages", () => {
  it("has English and German, each a folder of messages", () => {
    expect(listLocales()[0]).toBe("en");
    expect(listLocales()).toContain("de");
  });

  it("has no empty English message", () => {
    for (const [key, value] of english) expect(typeof value === "string" && value.trim() !== "", `en: ${key}`).toBe(true);
  });

  for (const locale of listLocales().filter((l) => l !== DEFAULT_LOCALE)) {
    describe(locale, () => {
      const own = leaves(readLocaleMessages(locale));

      it("has every English key, none empty", () => {
        const missing = [...english.keys()].filter((key) => !own.has(key));
        const empty = [...own].filter(([, value]) => typeof value !== "string" || value.trim() === "").map(([key]) => key);
        expect(missing, `missing in ${locale}`).toEqual([]);
        expect(empty, `empty in ${locale}`).toEqual([]);
      });

      it("has no key English lacks (a typo would hide the real one)", () => {
        expect([...own.keys()].filter((key) => !english.has(key))).toEqual([]);
      });

      it("keeps every placeholder of the English message", () => {
        const differing = [...english].filter(
          ([key, value]) => own.has(key) && JSON.stringify(argumentsOf(String(value))) !== JSON.stringify(argumentsOf(String(own.get(key)))),
        );
        expect(differing.map(([key]) => key)).toEqual([]);
      });
    });
  }

  it("shows English where a locale lacks a message, never a blank", () => {
    const merged = mergeMessages({ a: { b: "English", c: "Also" } }, { a: { b: "Deutsch", c: "" } });
    expect(merged).toEqual({ a: { b: "Deutsch", c: "Also" } });
    expect((loadMessages("de").common as { skipLink: string }).skipLink).toBe("Zum Inhalt springen");
  });
});
