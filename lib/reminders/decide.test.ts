import { describe, expect, it } from "vitest";
import { decideDelivery, retryDelayMs, type ClaimedReminder, type DeliveryContext } from "./decide";
import type { PlanPreferences, PlanRequest } from "./plan";

const preferences: PlanPreferences = {
  timeZone: "Europe/London",
  daysBefore: [7, 1],
  overdue: true,
  digest: false,
  quietFrom: 21,
  quietTo: 8,
  unsubscribed: false,
};
const request: PlanRequest = { id: "r", regime: "uk-gdpr", dueDate: "2026-04-02", dueAt: new Date("2026-04-02T22:59:59.999Z") };
const claim: ClaimedReminder = {
  id: "x",
  kind: "before-7d",
  requestId: "r",
  dueDate: "2026-04-02",
  sendAt: new Date("2026-03-26T09:00:00Z"),
  expiresAt: new Date("2026-04-01T08:00:00Z"),
  attempts: 1,
};
const context: DeliveryContext = { email: "ada@example.org", preferences, requests: [request] };
const morning = new Date("2026-03-26T09:00:05Z");

describe("decideDelivery", () => {
  it("sends a reminder that still matches its request", () => {
    expect(decideDelivery(claim, context, morning)).toEqual({ action: "send", requests: [request] });
  });

  it("cancels a reminder whose request changed, closed or disappeared", () => {
    expect(decideDelivery(claim, { ...context, requests: [{ ...request, dueDate: "2026-06-02" }] }, morning)).toEqual({
      action: "cancel",
      reason: "the deadline changed",
    });
    expect(decideDelivery(claim, { ...context, requests: [{ ...request, status: "answered" }] }, morning)).toEqual({
      action: "cancel",
      reason: "the request is answered",
    });
    expect(decideDelivery(claim, { ...context, requests: [] }, morning)).toEqual({ action: "cancel", reason: "the request was deleted" });
  });

  it("cancels when the user unsubscribed, switched to a digest or dropped that reminder", () => {
    expect(decideDelivery(claim, { ...context, preferences: { ...preferences, unsubscribed: true } }, morning).action).toBe("cancel");
    expect(decideDelivery(claim, { ...context, preferences: { ...preferences, digest: true } }, morning).action).toBe("cancel");
    expect(decideDelivery(claim, { ...context, preferences: { ...preferences, daysBefore: [1] } }, morning).action).toBe("cancel");
  });

  it("cancels a reminder found too late to be useful", () => {
    expect(decideDelivery(claim, context, new Date("2026-04-01T08:00:00Z"))).toEqual({ action: "cancel", reason: "too late to be useful" });
  });

  it("waits for the morning instead of sending at night", () => {
    expect(decideDelivery(claim, context, new Date("2026-03-26T23:10:00Z"))).toEqual({ action: "defer", until: new Date("2026-03-27T08:00:00Z") });
  });

  it("stops a reminder that every sender died on", () => {
    expect(decideDelivery({ ...claim, attempts: 11 }, context, morning)).toEqual({ action: "fail", reason: "gave up after 10 attempts" });
  });

  it("sends a digest with the requests it covers, soonest first, or cancels it when none is left", () => {
    const digest = {
      ...claim,
      kind: "digest",
      requestId: null,
      dueDate: null,
      sendAt: new Date("2026-03-23T09:00:00Z"),
      expiresAt: new Date("2026-03-25T09:00:00Z"),
    };
    const later = { ...request, id: "s", dueDate: "2026-04-03", dueAt: new Date("2026-04-03T22:59:59.999Z") };
    const far = { ...request, id: "t", dueDate: "2026-05-03", dueAt: new Date("2026-05-03T22:59:59.999Z") };
    const digestContext = { ...context, preferences: { ...preferences, digest: true }, requests: [later, far, request] };
    const at = new Date("2026-03-23T09:00:05Z");
    expect(decideDelivery(digest, digestContext, at)).toEqual({ action: "send", requests: [request, later] });
    expect(decideDelivery(digest, { ...digestContext, requests: [far] }, at)).toEqual({ action: "cancel", reason: "nothing left to report" });
  });

  it("backs off 1, 2, 4 … minutes, at most an hour", () => {
    expect([1, 2, 3, 7, 8, 10].map(retryDelayMs)).toEqual([60_000, 120_000, 240_000, 3_600_000, 3_600_000, 3_600_000]);
  });
});
