import { beforeEach, describe, expect, it, vi } from "vitest";

// A server action refuses bad input in the language of the browser that posted it: the schema gives
// keys, the action says them in that language. The input is refused before any database is read.
const browser = vi.hoisted(() => ({ acceptLanguage: "de-DE,de;q=0.9" }));
vi.mock("next/headers", () => ({
  headers: async () => new Headers({ "accept-language": browser.acceptLanguage }),
  cookies: async () => ({ get: () => undefined }),
}));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));
vi.mock("@/lib/auth/session", () => ({
  loadCurrentUser: async () => ({ id: "user-1", email: "jane@example.org", name: null }),
  requireUser: async () => ({ id: "user-1", email: "jane@example.org", name: null }),
}));

const { recordEventAction, addNoteAction } = await import("@/lib/requests/tracking/actions");

describe("validation messages from server actions", () => {
  beforeEach(() => {
    browser.acceptLanguage = "de-DE,de;q=0.9";
  });

  it("answers a German browser in German, at the field", async () => {
    const result = await recordEventAction("request-1", { type: "refused", on: "2026-13-40" });
    expect(result).toMatchObject({ ok: false, reason: "invalid" });
    const issues = result.ok ? [] : (result.issues ?? []);
    expect(issues).toContainEqual({ path: "on", message: "Geben Sie das Datum als JJJJ-MM-TT ein." });
    expect(await addNoteAction("request-1", { body: "a\u0000" })).toMatchObject({
      issues: [{ path: "body", message: expect.stringMatching(/^Die Notiz enthält ein Steuerzeichen/) }],
    });
  });

  it("answers an English browser in English", async () => {
    browser.acceptLanguage = "en-GB,en;q=0.9";
    const result = await recordEventAction("request-1", { type: "refused", on: "2026-13-40" });
    expect(result.ok ? [] : result.issues).toContainEqual({ path: "on", message: "Enter the date as YYYY-MM-DD." });
  });
});
