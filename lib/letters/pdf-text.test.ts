import { describe, expect, it } from "vitest";
import { toWinAnsi, unsupportedCharacters } from "./pdf-text";

describe("toWinAnsi", () => {
  it("keeps German, French and Spanish letters and the typographic marks WinAnsi has", () => {
    const text = "ÄÖÜäöüß éèçñ œŒ € „Zitat“ ‚x‘ – — … • ™";
    expect(toWinAnsi(text)).toBe(text);
  });

  it("reduces other Latin letters to their base letter and marks the rest", () => {
    expect(toWinAnsi("Łódź Őrség Čapek")).toBe("Lódz Orség Capek");
    expect(toWinAnsi("Ελένη 李 😀")).toBe("????? ? ?");
    expect(toWinAnsi("a\tb\u00a0c\u2009d")).toBe("a b\u00a0c d");
    expect(toWinAnsi("e\u0301")).toBe("é"); // decomposed input is composed first
  });

  it("lists the characters it could not keep", () => {
    expect(unsupportedCharacters("Łukasz Ελένη ?")).toEqual(["Ε", "λ", "έ", "ν", "η"]);
  });
});
