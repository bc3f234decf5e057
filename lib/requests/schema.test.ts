import { describe, expect, it } from "vitest";
import { inEnglish } from "@/lib/testing/english-issues";
import { detailsSchemaFor, locationStepSchema, rightsStepSchema, sentSchemaFor, serviceStepSchema, specificsSchemaFor } from "./schema";

const messages = (result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
  Object.fromEntries((result.error?.issues ?? []).map((issue) => [issue.path.join("."), inEnglish(issue.message)]));

const details = detailsSchemaFor({ username: false, postalAddress: false, savedIdentity: false });
const base = { name: "Jane Doe", email: "jane@example.org", postalAddress: "", accountEmail: "", username: "", remember: false };

describe("details step", () => {
  it("accepts a name and an email, and turns empty optional fields into nothing", () => {
    const parsed = details.parse(base);
    expect(parsed).toMatchObject({ name: "Jane Doe", email: "jane@example.org", remember: false, useSaved: false });
    expect(parsed.postalAddress).toBeUndefined();
    expect(parsed.accountEmail).toBeUndefined();
  });

  it.each([
    ["a line break in a name", { name: "Jane\r\nBcc: victim@example.org" }, "name", /single line/],
    ["a header injection in an email", { email: "jane@example.org\r\nBcc: victim@example.org" }, "email", /single line/],
    ["a second address in an email", { email: "jane@example.org, other@example.org" }, "email", /not a valid email/],
    ["a NUL in a name", { name: "Jane\u0000Doe" }, "name", /control character/],
    ["a tab in a name", { name: "Jane\tDoe" }, "name", /control character/],
    ["a bidi override in a name", { name: "Jane \u202eeoD" }, "name", /control character/],
    ["a U+2028 line separator", { name: "Jane\u2028Doe" }, "name", /single line/],
    ["an over-long name", { name: "J".repeat(201) }, "name", /at most 200/],
    ["an over-long email", { email: `${"a".repeat(250)}@example.org` }, "email", /at most 254/],
    ["an over-long postal address", { postalAddress: "x".repeat(301) }, "postalAddress", /at most 300/],
    ["a control character in a postal address", { postalAddress: "1 Main St\n\u0007London" }, "postalAddress", /control character/],
  ])("refuses %s with a clear message", (_what, patch, field, message) => {
    const result = details.safeParse({ ...base, ...patch });
    expect(result.success).toBe(false);
    expect(messages(result)[field]).toMatch(message);
  });

  it("keeps line breaks in a postal address, as \\n", () => {
    expect(details.parse({ ...base, postalAddress: "1 Main St\r\nLondon" }).postalAddress).toBe("1 Main St\nLondon");
  });

  it("asks for what the record needs, and nothing else", () => {
    const trakt2018 = detailsSchemaFor({ username: true, postalAddress: false, savedIdentity: false });
    expect(messages(trakt2018.safeParse(base)).username).toMatch(/username/);
    expect(trakt2018.safeParse({ ...base, username: "jdoe" }).success).toBe(true);
  });

  it("needs no name or email when the saved details are used", () => {
    const withSaved = detailsSchemaFor({ username: false, postalAddress: false, savedIdentity: true });
    expect(withSaved.parse({ useSaved: true, name: "", email: "" }).useSaved).toBe(true);
    expect(messages(details.safeParse({ useSaved: true, name: "", email: "" }))).toHaveProperty("name");
  });
});

describe("the other steps", () => {
  it("service: a slug or a custom id, nothing else", () => {
    expect(serviceStepSchema.safeParse({ service: "netflix" }).success).toBe(true);
    expect(serviceStepSchema.safeParse({ service: "custom:cm123abc" }).success).toBe(true);
    expect(serviceStepSchema.safeParse({ service: "../etc" }).success).toBe(false);
  });

  it("rights: at least one, each once, no appeal", () => {
    expect(messages(rightsStepSchema.safeParse({ rights: [] })).rights).toMatch(/at least one/);
    expect(rightsStepSchema.safeParse({ rights: ["access", "access"] }).success).toBe(false);
    expect(rightsStepSchema.safeParse({ rights: ["appeal"] }).success).toBe(false);
    expect(rightsStepSchema.parse({ rights: ["access", "deletion"] }).rights).toEqual(["access", "deletion"]);
  });

  it("location: a state for the US, any place (no dead ends), a province for Canada, and a valid zone or none", () => {
    expect(locationStepSchema.parse({ country: "DE", state: "", timeZone: "Europe/Berlin" })).toEqual({ country: "DE", timeZone: "Europe/Berlin" });
    expect(locationStepSchema.parse({ country: "US", state: "CA", timeZone: "Not/AZone" })).toEqual({ country: "US", state: "CA" });
    expect(messages(locationStepSchema.safeParse({ country: "US", state: "" })).state).toMatch(/state/);
    expect(locationStepSchema.parse({ country: "US", state: "other" })).toEqual({ country: "US", state: "other" });
    expect(locationStepSchema.parse({ country: "XX" })).toEqual({ country: "XX" });
    expect(locationStepSchema.parse({ country: "CA", state: "QC" })).toEqual({ country: "CA", state: "QC" });
  });

  it("specifics: only for the rights chosen, each complete", () => {
    const schema = specificsSchemaFor(["correction", "deletion"]);
    expect(messages(schema.safeParse({}))).toMatchObject({ correction: expect.any(String), "deletion.scope": expect.any(String) });
    const parsed = schema.parse({
      correction: [{ field: "Date of birth", currentValue: "", correctValue: "1 May 1990" }],
      deletion: { scope: "account", parts: "ignored" },
      portability: { format: "csv" },
    });
    expect(parsed).toEqual({ correction: [{ field: "Date of birth", currentValue: "", correctValue: "1 May 1990" }], deletion: { scope: "account" } });
    expect(
      messages(schema.safeParse({ correction: [{ field: "Name\nX", currentValue: "", correctValue: "y" }], deletion: { scope: "parts", parts: "" } })),
    ).toMatchObject({
      "correction.0.field": expect.stringMatching(/single line/),
      "deletion.parts": expect.any(String),
    });
    expect(
      schema.safeParse({ correction: Array.from({ length: 21 }, () => ({ field: "a", currentValue: "", correctValue: "b" })), deletion: { scope: "account" } })
        .success,
    ).toBe(false);
  });

  it("sent: not in the future, any day of the last three years, in the user's zone", () => {
    // 2026-05-04 20:00 UTC is already 5 May in Kathmandu (UTC+5:45).
    const schema = sentSchemaFor({ now: () => new Date("2026-05-04T20:00:00Z") });
    expect(schema.safeParse({ sentOn: "2026-05-05", timeZone: "Asia/Kathmandu" }).success).toBe(true);
    expect(messages(schema.safeParse({ sentOn: "2026-05-05", timeZone: "America/New_York" })).sentOn).toMatch(/future/);
    // A letter sent before the draft was started, even a year before, can be tracked.
    expect(schema.safeParse({ sentOn: "2025-04-30", timeZone: "Europe/London" }).success).toBe(true);
    expect(schema.safeParse({ sentOn: "2023-05-04", timeZone: "Europe/London" }).success).toBe(true);
    expect(messages(schema.safeParse({ sentOn: "2023-05-03", timeZone: "Europe/London" })).sentOn).toMatch(/more than 3 years ago/);
    expect(messages(schema.safeParse({ sentOn: "0026-05-03", timeZone: "Europe/London" })).sentOn).toMatch(/check the year/);
    expect(messages(schema.safeParse({ sentOn: "2026-02-30", timeZone: "Europe/London" })).sentOn).toMatch(/YYYY-MM-DD/);
  });

  it("sent: a letter written elsewhere is kept as pasted, an empty one is none, a control character is refused", () => {
    const schema = sentSchemaFor({ now: () => new Date("2026-05-04T12:00:00Z") });
    expect(schema.parse({ sentOn: "2026-01-10", ownLetter: "Dear Sir or Madam,\r\nplease delete my data." }).ownLetter).toMatch(/please delete my data/);
    expect(schema.parse({ sentOn: "2026-01-10", ownLetter: "" }).ownLetter).toBeUndefined();
    expect(schema.safeParse({ sentOn: "2026-01-10", ownLetter: "a\u0007b" }).success).toBe(false);
  });
});
