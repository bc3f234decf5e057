import { describe, expect, it } from "vitest";
import { composeLetter } from "./compose";
import { letterInput } from "./fixtures";
import { A4, layoutLetter, wrap, type Measure } from "./pdf-layout";

// Every character 5 points wide: enough to test wrapping without a font.
const measure: Measure = (text) => text.length * 5;
const labels = { attention: "Attn:", page: (page: number, pages: number) => `Page ${page} of ${pages}` };

describe("wrap", () => {
  it("wraps at spaces within the width and hangs list items under their text", () => {
    const lines = wrap("(a) one two three four five six", 80, { size: 10, bold: false }, measure);
    expect(lines).toEqual([
      { text: "(a) one two", indent: 0 },
      { text: "three four", indent: 20 },
      { text: "five six", indent: 20 },
    ]);
    for (const line of lines) expect(measure(line.text, { size: 10, bold: false }) + line.indent).toBeLessThanOrEqual(80);
  });

  it("breaks a word longer than the line", () => {
    expect(wrap("https://example.com/very/long", 50, { size: 10, bold: false }, measure).map((l) => l.text)).toEqual(["https://ex", "ample.com/", "very/long"]);
  });
});

describe("layoutLetter", () => {
  it("puts the sender top right, the recipient in the window, the subject bold, and stays inside the page", () => {
    const letter = composeLetter(letterInput({ requester: { name: "Alice Example", email: "alice@example.co.uk", postalAddress: "1 High St\nLondon" } }));
    const pages = layoutLetter(letter, measure, labels);
    const all = pages.flat();
    const sender = all.find((l) => l.text === "Alice Example");
    expect(sender).toMatchObject({ bold: true });
    expect((sender?.x ?? 0) + measure("Alice Example", { size: 9, bold: true })).toBeCloseTo(A4.width - (20 * 72) / 25.4);
    const recipient = all.find((l) => l.text === "Netflix");
    expect(recipient?.y).toBeLessThanOrEqual(A4.height - (45 * 72) / 25.4);
    expect(all.find((l) => l.text === letter.subject)).toMatchObject({ bold: true, size: 11 });
    for (const line of all) {
      expect(line.x).toBeGreaterThanOrEqual(0);
      expect(line.x + measure(line.text, line)).toBeLessThanOrEqual(A4.width);
      expect(line.y).toBeGreaterThan(0);
    }
    expect(all.filter((l) => !l.text.startsWith("Page ")).at(-1)).toMatchObject({ text: "Alice Example", bold: false });
  });

  it("numbers pages only when there are several, and sets section headings in bold", () => {
    const letter = composeLetter(letterInput({ rights: ["access", "deletion"] }));
    const pages = layoutLetter(letter, measure, labels);
    expect(pages.length).toBeGreaterThan(1);
    expect(pages.map((p) => p.at(-1)?.text)).toEqual(pages.map((_, i) => `Page ${i + 1} of ${pages.length}`));
    expect(pages.flat().find((l) => l.text === "2. Request for erasure under Art. 17 UK GDPR")).toMatchObject({ bold: true });
    const single = layoutLetter(composeLetter(letterInput({ rights: ["objection"] })), measure, labels);
    expect(single).toHaveLength(1);
    expect(single[0]?.some((l) => l.text.startsWith("Page "))).toBe(false);
  });
});
