import { readFileSync } from "node:fs";
import path from "node:path";
import fontkit from "@pdf-lib/fontkit";
import { describe, expect, it } from "vitest";
import { toPdfText, unsupportedCharacters } from "./pdf-text";

describe("toPdfText", () => {
  it("keeps the letters of every letter language and the typographic marks", () => {
    const text = "ÄÖÜäöüß éèçñ œŒ ąćęłńóśźż ĄĆĘŁŃÓŚŹŻ ãõâêô ÃÕ ìòù € „Zitat“ «citation» ‚x‘ – — … • ™";
    expect(toPdfText(text)).toBe(text);
  });

  it("keeps Greek and Cyrillic, reduces what it can and marks the rest", () => {
    expect(toPdfText("Łódź Ελένη Дмитрий")).toBe("Łódź Ελένη Дмитрий");
    expect(toPdfText("李 😀")).toBe("? ?");
    expect(toPdfText("a\tb\u00a0c\u2009d")).toBe("a b\u00a0c d");
    expect(toPdfText("e\u0301")).toBe("é"); // decomposed input is composed first
  });

  it("lists the characters it could not keep", () => {
    expect(unsupportedCharacters("Łukasz 李 ?")).toEqual(["李"]);
  });

  it("claims no character the embedded fonts cannot draw", () => {
    for (const file of ["DejaVuSans.ttf", "DejaVuSans-Bold.ttf"]) {
      const font = fontkit.create(readFileSync(path.join(process.cwd(), "node_modules", "dejavu-fonts-ttf", "ttf", file)));
      const missing: string[] = [];
      for (let code = 0x20; code <= 0x2200; code++) {
        const char = String.fromCodePoint(code);
        if (toPdfText(char) === char && !/\s/.test(char) && !font.hasGlyphForCodePoint(code)) missing.push(code.toString(16));
      }
      expect(missing, file).toEqual([]);
    }
  });
});
