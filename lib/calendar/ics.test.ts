import { describe, expect, it } from "vitest";
import { deadlineEntry } from "./entries";
import { buildCalendar, escapeText, foldLine } from "./ics";
import { hashFeedToken, isFeedTokenShape, newFeedToken } from "./token";

describe("iCalendar", () => {
  const now = new Date("2026-11-24T01:02:03.456Z");

  it("writes all-day events that end the next day, with a stable uid and the request's version", () => {
    const entry = deadlineEntry(
      { id: "req1", serviceName: "Netflix", regime: "uk-gdpr", rights: ["access"], dueDate: "2026-12-31", status: "extended", version: 3 },
      "https://desk.example",
    );
    const ics = buildCalendar({ name: "RightsDesk deadlines", entries: [entry], now });
    expect(ics.startsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n")).toBe(true);
    expect(ics).toContain(
      "\r\nUID:request-req1-due@rightsdesk\r\nSEQUENCE:3\r\nDTSTAMP:20261124T010203Z\r\nDTSTART;VALUE=DATE:20261231\r\nDTEND;VALUE=DATE:20270101\r\n",
    );
    expect(ics).toContain("SUMMARY:Netflix must answer your request (UK GDPR)");
    expect(ics).toContain("URL:https://desk.example/requests/req1");
    expect(ics.endsWith("END:VCALENDAR\r\n")).toBe(true);
    expect(ics.split("\r\n").every((line) => new TextEncoder().encode(line).length <= 75)).toBe(true);
  });

  it("escapes text so a service name cannot add a property", () => {
    expect(escapeText("A;B,C\\D\nDTSTART:1")).toBe("A\\;B\\,C\\\\D\\nDTSTART:1");
    const ics = buildCalendar({ name: "x", entries: [{ uid: "u", sequence: 0, date: "2026-01-01", summary: "Evil\r\nATTENDEE:x", description: "" }], now });
    expect(ics).not.toMatch(/\r\nATTENDEE/);
  });

  it("folds long lines at 75 octets without splitting a character", () => {
    const folded = foldLine(`DESCRIPTION:${"é".repeat(80)}`);
    const lines = folded.split("\r\n");
    expect(lines.length).toBeGreaterThan(1);
    for (const line of lines) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
    expect(lines.map((line, i) => (i === 0 ? line : line.slice(1))).join("")).toBe(`DESCRIPTION:${"é".repeat(80)}`);
  });

  it("makes unguessable feed tokens and stores only their hash", () => {
    const token = newFeedToken();
    expect(isFeedTokenShape(token)).toBe(true);
    expect(newFeedToken()).not.toBe(token);
    expect(hashFeedToken(token)).toMatch(/^[0-9a-f]{64}$/);
    expect(isFeedTokenShape("../../etc")).toBe(false);
  });
});
