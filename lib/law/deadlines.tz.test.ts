import { afterAll, describe, expect, it, vi } from "vitest";
import type { DeadlineInput } from "./deadlines";

const inputs: DeadlineInput[] = [
  { regime: "uk-gdpr", right: "access", receivedOn: "2025-03-31" },
  {
    regime: "uk-gdpr",
    right: "access",
    receivedOn: "2025-07-25",
    events: [
      { type: "clarification-requested", on: "2025-07-28" },
      { type: "clarification-received", on: "2025-08-01" },
    ],
  },
  { regime: "eu-gdpr", right: "deletion", receivedOn: "2025-10-08", holidayRegion: "NL", timeZone: "Europe/Amsterdam" },
  { regime: "ccpa", right: "access", receivedOn: "2025-11-20" },
  { regime: "ccpa", right: "opt-out-sale", receivedOn: "2025-12-19" },
  { regime: "ccpa", right: "access", receivedOn: "2025-01-23" },
  { regime: "pipeda", right: "access", receivedOn: "2024-02-29" },
  { regime: "us-ia", right: "access", receivedOn: "2025-10-26" },
];

const originalTz = process.env.TZ;

/** Loads the engine afresh so no cache built under one zone can hide a difference under another. */
async function runUnder(timeZone: string) {
  process.env.TZ = timeZone;
  vi.resetModules();
  const { computeDeadlines } = await import("./deadlines");
  return { offset: new Date(2025, 0, 1).getTimezoneOffset(), results: inputs.map((input) => computeDeadlines(input)) };
}

describe("results do not depend on the machine's time zone", () => {
  afterAll(() => {
    process.env.TZ = originalTz;
  });

  it("gives identical results under Pacific/Kiritimati (UTC+14) and America/Adak (UTC-10)", async () => {
    const east = await runUnder("Pacific/Kiritimati");
    const west = await runUnder("America/Adak");
    // Guards the test itself: the zone switch must really have happened.
    expect(east.offset).toBe(-840);
    expect(west.offset).toBe(600);
    expect(west.results).toEqual(east.results);
    expect(east.results[0]?.respondBy).toBe("2025-04-30");
  });
});
