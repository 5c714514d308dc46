import { describe, expect, it } from "vitest";
import { buildDakar2026Plan } from "../../prisma/seed/dakar-2026-plan";
import { buildDakar2027Plan } from "../../prisma/seed/dakar-2027-plan";
import type { EventPlan } from "../../prisma/seed/event-plan";

const HOUR_MS = 3_600_000;

function numbersOf(plan: EventPlan, keys: readonly string[]): (number | null)[] {
  return keys.map((key) => plan.crews.find((crew) => crew.key === key)?.number ?? null);
}

function featuredPrices(plan: EventPlan): number[] {
  const featured = plan.teams.find((team) => team.isFeatured)?.name;
  return plan.crews.filter((crew) => crew.teamName === featured).map((crew) => crew.price);
}

describe("Dakar 2026 plan", () => {
  const plan = buildDakar2026Plan();

  it("has the 14 stages at the 07:00 Riyadh convention, all locked", () => {
    expect(plan.stages.map((stage) => stage.number)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13]);
    expect(plan.stages[0]).toMatchObject({ name: "Prologue", type: "PROLOGUE", specialKm: 23, totalKm: 98 });
    expect(plan.stages[0]?.startsAt.toISOString()).toBe("2026-01-03T04:00:00.000Z");
    expect(plan.stages[13]?.startsAt.toISOString()).toBe("2026-01-17T04:00:00.000Z");
    expect(plan.stages.every((stage) => stage.status === "LOCKED")).toBe(true);
    expect(plan.stages.filter((stage) => stage.type === "MARATHON").map((stage) => stage.number)).toEqual([4, 5, 9, 10]);
  });

  it("has the six known crews, Hamza without a number", () => {
    expect(plan.crews).toHaveLength(6);
    expect(plan.crews.find((crew) => crew.driver === "Peter Hamza")).toMatchObject({ number: null, vehicle: null });
    expect(plan.crews.find((crew) => crew.number === 500)).toMatchObject({ vehicle: "Defender Dakar D7X-R" });
  });

  it("prices the three Defender crews out of a 100 budget", () => {
    const prices = featuredPrices(plan);
    expect(prices).toHaveLength(3);
    expect(prices.reduce((sum, price) => sum + price, 0)).toBeGreaterThan(100);
  });

  it("seeds only the confirmed places, with times from gaps", () => {
    const stage = (number: number) => plan.stages.find((candidate) => candidate.number === number);
    expect(plan.stages.reduce((sum, candidate) => sum + candidate.results.length, 0)).toBe(46);
    expect(stage(8)?.results).toHaveLength(2);
    expect(stage(8)?.note).toMatch(/3rd not found/);
    expect(stage(0)?.results.map((result) => result.timeSeconds)).toEqual([723, 727, 728, 781]);
    expect(stage(1)?.results.at(-1)).toEqual({ crewKey: "Sara Price", position: 5, timeSeconds: 22_900 });
    expect(stage(5)?.results.at(-1)).toEqual({ crewKey: "Peter Hamza", position: 5, timeSeconds: null });
    expect(stage(2)?.results.map((result) => result.timeSeconds)).toEqual([null, null, null]);
  });

  it("has the official final classification", () => {
    const keys = plan.finalResults.map((result) => result.crewKey);
    expect(numbersOf(plan, keys)).toEqual([502, 504, 503, 500, 501]);
    expect(plan.finalResults[0]).toMatchObject({ position: 1, timeSeconds: 209_385 });
    expect(plan.event).toMatchObject({ status: "COMPLETED", finalStatus: "OFFICIAL", isSample: false });
  });
});

describe("Dakar 2027 plan", () => {
  it("keeps the provisional dates when they are more than 48 hours ahead", () => {
    const plan = buildDakar2027Plan(new Date("2026-11-23T12:00:00Z"));
    expect(plan.stages[0]?.startsAt.toISOString()).toBe("2027-01-01T04:00:00.000Z");
    expect(plan.event.startDate.toISOString()).toBe("2027-01-01T00:00:00.000Z");
    expect(plan.event.description).toMatch(/SAMPLE/);
    expect(plan.event.description).toMatch(/PROVISIONAL/);
    expect(plan.event.description).not.toMatch(/moved/);
  });

  it("moves the whole schedule by whole days when the dates are too close or past", () => {
    const now = new Date("2027-06-01T00:00:00Z");
    const plan = buildDakar2027Plan(now);
    const starts = plan.stages.map((stage) => stage.startsAt.getTime());
    expect(Math.min(...starts)).toBeGreaterThanOrEqual(now.getTime() + 48 * HOUR_MS);
    expect(plan.stages.every((stage) => stage.startsAt.getUTCHours() === 4)).toBe(true);
    // The rest day stays between stages 7 and 8.
    const gap = (plan.stages[8]?.startsAt.getTime() ?? 0) - (plan.stages[7]?.startsAt.getTime() ?? 0);
    expect(gap).toBe(48 * HOUR_MS);
    const shiftDays = (plan.event.startDate.getTime() - Date.UTC(2027, 0, 1)) / (24 * HOUR_MS);
    expect(plan.event.endDate.getTime() - plan.event.startDate.getTime()).toBe(14 * 24 * HOUR_MS);
    expect(plan.event.description).toContain(`moved ${shiftDays} days later`);
  });

  it("has a sample field without race numbers or Miura", () => {
    const plan = buildDakar2027Plan(new Date("2026-11-23T12:00:00Z"));
    expect(plan.event).toMatchObject({ status: "UPCOMING", isSample: true, finalStatus: null });
    expect(plan.crews.map((crew) => crew.coDriver)).toEqual(["Michaël Metge", "Oriol Vidal", "Sean Berriman", "Julien Menard", null]);
    expect(plan.crews.every((crew) => crew.number === null)).toBe(true);
    expect(plan.crews.some((crew) => crew.driver === "Akira Miura")).toBe(false);
    expect(plan.teams.find((team) => team.isFeatured)?.name).toBe("Defender Rally");
    expect(featuredPrices(plan).reduce((sum, price) => sum + price, 0)).toBeGreaterThan(100);
    expect(plan.stages.every((stage) => stage.results.length === 0 && stage.status === "SCHEDULED")).toBe(true);
    expect(plan.stages[3]).toMatchObject({ specialKm: 480, totalKm: null });
    expect(plan.stages[3]?.note).toMatch(/does not say whether/);
  });
});
