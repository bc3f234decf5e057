import Holidays from "date-holidays";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { computeDeadlines, type DeadlineEvent } from "./deadlines";
import { fromParts } from "./calendar-date";
import { workingCalendar } from "./holidays";
import { REGIME_LIST, REGIMES } from "./regimes";

const MS_PER_DAY = 86_400_000;
const FIRST = Date.UTC(1990, 0, 1) / MS_PER_DAY;
const LAST = Date.UTC(2090, 11, 31) / MS_PER_DAY;
const iso = (day: number) => new Date(day * MS_PER_DAY).toISOString().slice(0, 10);

const dayOf = (date: string) => fromParts(Number(date.slice(0, 4)), Number(date.slice(5, 7)), Number(date.slice(8, 10)));
/** Receipts start where the right is law (India's DPDP Act from May 2027, Utah's right to correct from July 2026). */
const pairs = REGIME_LIST.flatMap((regime) =>
  regime.rights.map((grant) => {
    const from = [regime.inForceFrom, grant.inForceFrom]
      .filter((d): d is string => d !== undefined)
      .sort()
      .at(-1);
    return { regime: regime.id, right: grant.right, first: from ? dayOf(from) : FIRST };
  }),
);
const pair = fc.constantFrom(...pairs);
const dayNumber = fc.integer({ min: FIRST, max: LAST });
const inForce = (first: number, day: number) => Math.max(first, day);

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
      fc.property(pair, dayNumber, fc.integer({ min: 0, max: 400 }), ({ regime, right, first }, anyDay, gap) => {
        const day = inForce(first, anyDay);
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
      fc.property(
        pair,
        dayNumber,
        eventKinds,
        fc.array(fc.integer({ min: 0, max: 60 }), { minLength: 2, maxLength: 2 }),
        ({ regime, right, first }, anyDay, kinds, offsets) => {
          const day = inForce(first, anyDay);
          const sorted = [...offsets].sort((a, b) => a - b);
          const events = kinds.map((type, index) => ({ type, on: iso(day + sorted[index]!) }));
          const result = computeDeadlines({ regime, right, receivedOn: iso(day), events });
          expect(result.respondBy >= result.originalRespondBy).toBe(true);
          if (result.extendedRespondBy) {
            expect(result.extendedRespondBy >= result.originalRespondBy).toBe(true);
            expect(result.extendedRespondBy >= result.respondBy).toBe(true);
          }
        },
      ),
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
      fc.property(pair, dayNumber, ({ regime, right, first }, anyDay) => {
        const day = inForce(first, anyDay);
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

  // Every regime whose general rule moves a period off a day off: the end is never such a day, by the
  // regime's own rest days and holiday list (Reg. 1182/71 Art. 3(4), Civ. Code §10, Interpretation Act s. 26 ...).
  it("a regime that moves a deadline off a day off never ends on one, by its own rest days and holidays", () => {
    const rolling = pairs.filter(({ regime }) => REGIMES[regime].counting.nonWorkingEnd.rollForward);
    expect(rolling.length).toBeGreaterThan(15);
    fc.assert(
      fc.property(fc.constantFrom(...rolling), dayNumber, ({ regime, right, first }, anyDay) => {
        const day = inForce(first, anyDay);
        const law = REGIMES[regime];
        const grant = law.rights.find((g) => g.right === right)!;
        const result = computeDeadlines({ regime, right, receivedOn: iso(day) });
        const rule = grant.deadline.respond.nonWorkingEnd ?? law.counting.nonWorkingEnd;
        const calendar = workingCalendar(law.counting.holidays.region, rule.restDays);
        const ends = grant.deadline.respond.unit === "business-days" ? [] : [result.respondBy, result.extendedRespondBy];
        for (const end of ends.filter((d): d is string => d !== undefined)) expect(calendar.isWorkingDay(dayOf(end))).toBe(true);
      }),
      { numRuns: 400 },
    );
  });
});
