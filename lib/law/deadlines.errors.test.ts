import { describe, expect, it } from "vitest";
import { computeDeadlines, DeadlineInputError, type DeadlineEvent, type DeadlineInput } from "./deadlines";

const base: DeadlineInput = { regime: "uk-gdpr", right: "access", receivedOn: "2025-09-03" };

function errorOf(input: DeadlineInput): DeadlineInputError {
  try {
    computeDeadlines(input);
  } catch (error) {
    if (error instanceof DeadlineInputError) return error;
    throw error;
  }
  throw new Error("expected computeDeadlines to throw");
}

describe("computeDeadlines rejects input it cannot date", () => {
  it("an unknown regime", () => {
    const error = errorOf({ ...base, regime: "eu-dsa" });
    expect(error.code).toBe("unknown-regime");
    expect(error.field).toBe("regime");
  });

  it("an unknown right", () => {
    expect(errorOf({ ...base, right: "be-forgotten-twice" }).code).toBe("unknown-right");
  });

  it("a right the regime does not grant (portability under PIPEDA)", () => {
    const error = errorOf({ ...base, regime: "pipeda", right: "portability" });
    expect(error.code).toBe("right-not-granted");
    expect(error.message).toContain("access, correction");
  });

  it("an impossible date", () => {
    const error = errorOf({ ...base, receivedOn: "2025-02-30" });
    expect(error.code).toBe("invalid-date");
    expect(error.field).toBe("receivedOn");
    expect(error.message).toContain("2025-02-30");
  });

  it("events out of order", () => {
    const events: DeadlineEvent[] = [
      { type: "clarification-requested", on: "2025-09-10" },
      { type: "clarification-received", on: "2025-09-08" },
    ];
    expect(errorOf({ ...base, events }).code).toBe("events-out-of-order");
  });

  it("an event before receipt", () => {
    expect(errorOf({ ...base, events: [{ type: "extension-claimed", on: "2025-09-02" }] }).code).toBe("event-before-receipt");
  });

  it("an answer nobody asked for, or a second request before the answer", () => {
    expect(errorOf({ ...base, events: [{ type: "identity-received", on: "2025-09-05" }] }).code).toBe("unmatched-event");
    const twice: DeadlineEvent[] = [
      { type: "clarification-requested", on: "2025-09-05" },
      { type: "clarification-requested", on: "2025-09-06" },
    ];
    expect(errorOf({ ...base, events: twice }).code).toBe("unmatched-event");
  });

  it("an unknown event type or an impossible event date", () => {
    const unknown = [{ type: "controller-ghosted", on: "2025-09-05" }] as unknown as DeadlineEvent[];
    expect(errorOf({ ...base, events: unknown }).code).toBe("unknown-event");
    expect(errorOf({ ...base, events: [{ type: "extension-claimed", on: "2025-09-31" }] }).code).toBe("invalid-date");
  });

  it("an unknown time zone or holiday region", () => {
    expect(errorOf({ ...base, timeZone: "Europe/Atlantis" }).code).toBe("invalid-time-zone");
    expect(errorOf({ ...base, holidayRegion: "GB-XX" }).code).toBe("unknown-holiday-region");
  });
});
