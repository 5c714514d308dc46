import { describe, expect, it } from "vitest";
import { planStageStarts } from "../../prisma/seed/schedule";
import { addDaysToIsoDate, isoDateToDbDate, zonedTimeToUtc } from "@/lib/format/zoned-time";

const HOUR_MS = 3_600_000;
// Dakar 2027 provisional dates: prologue, six stages... and the 2027-01-09 rest day before stage 8.
const DATES = ["2027-01-01", "2027-01-02", "2027-01-08", "2027-01-10", "2027-01-15"];

describe("zonedTimeToUtc", () => {
  it("converts Riyadh local time (UTC+3, no DST)", () => {
    expect(zonedTimeToUtc("2027-01-01", "07:00", "Asia/Riyadh").toISOString()).toBe("2027-01-01T04:00:00.000Z");
  });

  it("follows daylight saving time", () => {
    expect(zonedTimeToUtc("2026-01-15", "07:00", "Europe/Paris").toISOString()).toBe("2026-01-15T06:00:00.000Z");
    expect(zonedTimeToUtc("2026-07-15", "07:00", "Europe/Paris").toISOString()).toBe("2026-07-15T05:00:00.000Z");
    expect(zonedTimeToUtc("2026-03-29", "07:00", "Europe/Paris").toISOString()).toBe("2026-03-29T05:00:00.000Z");
  });

  it("handles zones west of UTC and day changes", () => {
    expect(zonedTimeToUtc("2026-01-03", "21:30", "America/Los_Angeles").toISOString()).toBe("2026-01-04T05:30:00.000Z");
  });

  it("rejects malformed input and unknown zones", () => {
    expect(() => zonedTimeToUtc("2027-1-1", "07:00", "Asia/Riyadh")).toThrow(/YYYY-MM-DD/);
    expect(() => zonedTimeToUtc("2027-01-01", "7am", "Asia/Riyadh")).toThrow(/HH:MM/);
    expect(() => zonedTimeToUtc("2027-01-01", "07:00", "Mars/Olympus")).toThrow(RangeError);
  });
});

describe("date helpers", () => {
  it("adds calendar days across months and years", () => {
    expect(addDaysToIsoDate("2026-12-30", 3)).toBe("2027-01-02");
    expect(addDaysToIsoDate("2027-03-01", -1)).toBe("2027-02-28");
  });

  it("stores a date as midnight UTC", () => {
    expect(isoDateToDbDate("2027-01-15").toISOString()).toBe("2027-01-15T00:00:00.000Z");
  });
});

describe("planStageStarts", () => {
  const base = { dates: DATES, timeZone: "Asia/Riyadh", localTime: "07:00", minLeadHours: 48 };

  it("keeps the published dates when the prologue is far enough ahead", () => {
    const plan = planStageStarts({ ...base, now: new Date("2026-11-23T12:00:00Z") });
    expect(plan.shiftDays).toBe(0);
    expect(plan.dates).toEqual(DATES);
    expect(plan.startsAt[0]?.toISOString()).toBe("2027-01-01T04:00:00.000Z");
  });

  it("keeps them when the prologue is exactly 48 hours ahead", () => {
    const plan = planStageStarts({ ...base, now: new Date("2026-12-30T04:00:00Z") });
    expect(plan.shiftDays).toBe(0);
  });

  it("shifts by one day when the prologue is a minute too close", () => {
    const plan = planStageStarts({ ...base, now: new Date("2026-12-30T04:01:00Z") });
    expect(plan.shiftDays).toBe(1);
    expect(plan.startsAt[0]?.toISOString()).toBe("2027-01-02T04:00:00.000Z");
  });

  it("shifts a past schedule by whole days, keeping 07:00 local and the spacing", () => {
    const now = new Date("2027-06-01T10:30:00Z");
    const plan = planStageStarts({ ...base, now });
    const first = plan.startsAt[0];
    if (!first) throw new Error("no start");
    expect(first.getTime()).toBeGreaterThanOrEqual(now.getTime() + 48 * HOUR_MS);
    expect(first.getTime()).toBeLessThan(now.getTime() + 72 * HOUR_MS); // the smallest such shift
    expect(plan.dates[0]).toBe("2027-06-04");
    expect(plan.dates).toEqual(DATES.map((date) => addDaysToIsoDate(date, plan.shiftDays)));
    expect(plan.startsAt.every((start) => start.getUTCHours() === 4 && start.getUTCMinutes() === 0)).toBe(true);
    const gaps = plan.startsAt.slice(1).map((start, index) => start.getTime() - (plan.startsAt[index]?.getTime() ?? 0));
    expect(gaps.map((gap) => gap / (24 * HOUR_MS))).toEqual([1, 6, 2, 5]);
  });

  it("shifts across a DST change in a DST zone without falling short", () => {
    const plan = planStageStarts({
      dates: ["2026-03-20", "2026-03-21"],
      timeZone: "Europe/Paris",
      localTime: "07:00",
      minLeadHours: 48,
      now: new Date("2026-03-28T05:30:00Z"),
    });
    expect(plan.dates).toEqual(["2026-03-31", "2026-04-01"]);
    expect(plan.startsAt[0]?.toISOString()).toBe("2026-03-31T05:00:00.000Z");
  });

  it("needs at least one date", () => {
    expect(() => planStageStarts({ ...base, dates: [], now: new Date() })).toThrow(/at least one/);
  });
});
