import { describe, expect, it } from "vitest";
import { base64, encodedWords, quotedPrintable } from "./mime";

describe("mime encoders", () => {
  it("base64 matches Node's", () => {
    for (const text of ["", "a", "ab", "abc", "Jörg Müßig €", "x".repeat(100)]) {
      expect(base64(new TextEncoder().encode(text))).toBe(Buffer.from(text, "utf8").toString("base64"));
    }
  });

  it("quoted-printable encodes '=', non-ASCII and trailing spaces, and soft-breaks at 76", () => {
    expect(quotedPrintable("a=b ü \nnext")).toBe("a=3Db =C3=BC=20\r\nnext");
    const lines = quotedPrintable("ä".repeat(60)).split("\r\n");
    for (const line of lines) expect(line.length).toBeLessThanOrEqual(76);
    expect(lines.slice(0, -1).every((line) => line.endsWith("="))).toBe(true);
    expect(lines.join("").replace(/=$/gm, "")).not.toMatch(/=[0-9A-F]?$/);
  });

  it("encoded words never split a character and stay within 60 characters", () => {
    const words = encodedWords("😀".repeat(20) + "ß".repeat(30));
    for (const word of words) expect(word.length).toBeLessThanOrEqual(60);
    const decoded = words.map((w) => Buffer.from(w.slice(10, -2), "base64").toString("utf8")).join("");
    expect(decoded).toBe("😀".repeat(20) + "ß".repeat(30));
    expect(decoded).not.toContain("\ufffd");
  });
});
