import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { reminderMessage } from "@/lib/reminders/content";
import { filledTemplate } from "@/lib/mail/filled-template";
import { SAMPLE_REQUEST } from "@/lib/reminders/sample-request";
import { reminderValueKept, renderReminderEmail } from "./reminder";

const links = { appUrl: "https://rights.example.org", unsubscribeToken: "tok_123" };
const base = SAMPLE_REQUEST;
const kinds = [
  ["before-7d", new Date("2026-03-26T09:00:00Z")],
  ["overdue-1d", new Date("2026-04-03T08:00:00Z")],
  ["digest", new Date("2026-04-01T08:00:00Z")],
] as const;

describe("reminder emails rendered once and filled", () => {
  it("equal a full render for any service name, subject and id, HTML specials and case included", async () => {
    const render = filledTemplate(renderReminderEmail, { key: (m) => String(m.digest), keep: reminderValueKept });
    const text = fc.string({ minLength: 1, maxLength: 40 }).filter((s) => s.trim() === s && !/[\s\u2028\u2029]{2}|[\u0000-\u001f\uE000\uE001]/.test(s));
    await fc.assert(
      fc.asyncProperty(
        text,
        text,
        fc.stringMatching(/^[a-z0-9]{1,20}$/),
        fc.constantFrom(...kinds),
        fc.constantFrom(null, "de"),
        async (serviceName, letterSubject, id, [kind, now], locale) => {
          const requests = [
            { ...base, id, serviceName, letterSubject },
            ...(kind === "digest" ? [{ ...base, id: `${id}x`, serviceName: `${serviceName} & co` }] : []),
          ];
          const message = reminderMessage(kind, requests, links, now, locale);
          expect(await render(message)).toEqual(await renderReminderEmail(message));
        },
      ),
      { numRuns: 60 },
    );
    const { filled, shapes } = render.stats();
    // The same few shapes again and again: most messages were filled, not rendered.
    expect(shapes).toBeLessThanOrEqual(12);
    expect(filled).toBeGreaterThan(30);
  });

  it("falls back to a full render for a shape the fill cannot copy", async () => {
    const shout = async (m: { name: string }) => ({ subject: m.name.split("").reverse().join(""), html: `<p>${m.name}</p>`, text: m.name });
    const render = filledTemplate(shout, { key: () => "x" });
    expect(await render({ name: "abc" })).toEqual({ subject: "cba", html: "<p>abc</p>", text: "abc" });
    expect(await render({ name: "xyz" })).toEqual({ subject: "zyx", html: "<p>xyz</p>", text: "xyz" });
    expect(render.stats().filled).toBe(0);
  });
});
