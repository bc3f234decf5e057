import Holidays from "date-holidays";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { computeDeadlines, type DeadlineEvent } from "./deadlines";
import { REGIME_LIST } from "./regimes";

const MS_PER_DAY = 86_400_000;
const FIRST = Date.UTC(1990, 0, 1) / MS_PER_DAY;
const LAST = Date.UTC(2090, 11, 31) / MS_PER_DAY;
const iso = (day: number) => new Date(day * MS_PER_DAY).toISOString().slice(0, 10);

const pairs = REGIME_LIST.flatMap((regime) => regime.rights.map((grant) => ({ regime: regime.id, right: grant.right })));
const pair = fc.constantFrom(...pairs);
const dayNumber = fc.integer({ min: FIRST, max: LAST });

/** An oracle independent of the engine's calendar: weekends, and date-holidays' public days read afresh. */
function isWorkingDay(date: string, region: string): boolean {
  const [country, state] = region.split("-") as [string, string | undefined];
  const source = state ? new Holidays(country, state, { types: ["public"] }) : new Holidays(country, { types: ["public"] });
  const weekdayIndex = new Date(`${date}T00:00:00Z`).getUTCDay();
  const holidays = source.getHolidays(Number(date.slice(0, 4))).map((h) => h.date.slice(0, 10));
  return weekdayIndex !== 0 && weekdayIndex !== 6 && !holidays.includes(date);
}

function isRealDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  return new Date(`${value}T00:00:00Z`).toISOString().slice(0, 10) === value;
}

describe("deadline properties", () => {
  it("a later receipt never gives an earlier deadline", () => {
    fc.assert(
      fc.property(pair, dayNumber, fc.integer({ min: 0, max: 400 }), ({ regime, right }, day, gap) => {
        const earlier = computeDeadlines({ regime, right, receivedOn: iso(day) });
        const later = computeDeadlines({ regime, right, receivedOn: iso(day + gap) });
        expect(later.respondBy >= earlier.respondBy).toBe(true);
        expect((later.extendedRespondBy ?? "") >= (earlier.extendedRespondBy ?? "")).toBe(true);
        expect((later.acknowledgeBy ?? "") >= (earlier.acknowledgeBy ?? "")).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it("the extended date is never before the original one, and events never shorten the deadline", () => {
    const eventKinds = fc.constantFrom<DeadlineEvent["type"][]>(
      ["extension-claimed"],
      ["clarification-requested", "clarification-received"],
      ["identity-requested", "identity-received"],
    );
    fc.assert(
      fc.property(pair, dayNumber, eventKinds, fc.array(fc.integer({ min: 0, max: 60 }), { minLength: 2, maxLength: 2 }), ({ regime, right }, day, kinds, offsets) => {
        const sorted = [...offsets].sort((a, b) => a - b);
        const events = kinds.map((type, index) => ({ type, on: iso(day + sorted[index]!) }));
        const result = computeDeadlines({ regime, right, receivedOn: iso(day), events });
        expect(result.respondBy >= result.originalRespondBy).toBe(true);
        if (result.extendedRespondBy) {
          expect(result.extendedRespondBy >= result.originalRespondBy).toBe(true);
          expect(result.extendedRespondBy >= result.respondBy).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });

  it("a roll-forward regime never ends on a weekend or a public holiday", () => {
    const rollForward = fc.record({
      regime: fc.constantFrom("eu-gdpr", "uk-gdpr"),
      holidayRegion: fc.constantFrom("GB-ENG", "GB-SCT", "NL", "DE", "IE", "FR"),
    });
    fc.assert(
      fc.property(rollForward, dayNumber, ({ regime, holidayRegion }, day) => {
        const result = computeDeadlines({ regime, right: "access", receivedOn: iso(day), holidayRegion });
        expect(isWorkingDay(result.respondBy, holidayRegion)).toBe(true);
        expect(isWorkingDay(result.extendedRespondBy!, holidayRegion)).toBe(true);
      }),
      { numRuns: 200 },
    );
  });

  it("every output date is a real YYYY-MM-DD date and the end instant falls near it", () => {
    fc.assert(
      fc.property(pair, dayNumber, ({ regime, right }, day) => {
        const result = computeDeadlines({ regime, right, receivedOn: iso(day) });
        for (const date of [result.respondBy, result.originalRespondBy, result.extendedRespondBy, result.acknowledgeBy]) {
          if (date !== undefined) expect(isRealDate(date)).toBe(true);
        }
        const hoursAfterUtcMidnight = (Date.parse(result.respondByEndsAt) - Date.parse(`${result.respondBy}T00:00:00Z`)) / 3_600_000;
        expect(hoursAfterUtcMidnight).toBeGreaterThan(9);
        expect(hoursAfterUtcMidnight).toBeLessThan(38);
      }),
      { numRuns: 300 },
    );
  });
});
