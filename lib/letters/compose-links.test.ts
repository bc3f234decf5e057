import { describe, expect, it } from "vitest";
import { composeLetter } from "./compose";
import { buildComposeLinks, COMPOSE_URL_MAX_LENGTH } from "./compose-links";
import { letterInput } from "./fixtures";
import type { Letter } from "./types";

const full = composeLetter(letterInput());

describe("buildComposeLinks", () => {
  it("carries the address, the subject and the whole letter, each decoding back exactly", () => {
    const letter: Letter = { ...full, subject: 'Zugang & mehr: 100% "ja"', body: `${full.body}\n\nJörg Müller — ✓` };
    const links = buildComposeLinks(letter);
    expect(links.map((link) => link.service)).toEqual(["gmail", "outlook", "yahoo"]);
    for (const link of links) {
      expect(link.tooLong).toBe(false);
      const url = new URL(link.href ?? "");
      expect(url.protocol).toBe("https:");
      expect(url.searchParams.get("to")).toBe(letter.to.email);
      expect(url.searchParams.get(link.service === "gmail" ? "su" : "subject")).toBe(letter.subject);
      expect(url.searchParams.get("body")).toBe(letter.body);
      expect(link.length).toBe(link.href?.length);
    }
    expect(new URL(links[0]!.href!).searchParams.get("view")).toBe("cm");
  });

  it("the GDPR letter that is too long for a mail link fits every compose link", () => {
    expect(full.body.length).toBeGreaterThan(1800);
    expect(buildComposeLinks(full).every((link) => link.href !== null)).toBe(true);
  });

  it("gives no link past the limit, and none without a safe address", () => {
    const long = buildComposeLinks({ ...full, body: "x".repeat(COMPOSE_URL_MAX_LENGTH) });
    expect(long.every((link) => link.href === null && link.tooLong && link.length > COMPOSE_URL_MAX_LENGTH)).toBe(true);
    expect(buildComposeLinks({ ...full, to: { ...full.to, email: undefined } })).toEqual([]);
    expect(buildComposeLinks({ ...full, to: { ...full.to, email: "a@b.example\r\nBcc: x@y.example" } })).toEqual([]);
  });

  it("allows exactly the limit and refuses one character more", () => {
    const base = buildComposeLinks({ ...full, body: "" });
    for (const [index, link] of base.entries()) {
      const fits = buildComposeLinks({ ...full, body: "x".repeat(COMPOSE_URL_MAX_LENGTH - link.length) })[index]!;
      expect(fits).toMatchObject({ length: COMPOSE_URL_MAX_LENGTH, tooLong: false });
      expect(buildComposeLinks({ ...full, body: "x".repeat(COMPOSE_URL_MAX_LENGTH - link.length + 1) })[index]!.href).toBeNull();
    }
  });
});
