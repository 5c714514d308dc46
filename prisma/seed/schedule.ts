import { addDaysToIsoDate, zonedTimeToUtc } from "@/lib/format/zoned-time";

const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;

export type StageStartPlanInput = {
  /** Local dates (YYYY-MM-DD) of the stages in running order. */
  dates: readonly string[];
  timeZone: string;
  /** Local start time (HH:MM) used for every stage. */
  localTime: string;
  now: Date;
  /** The first start must be at least this many hours after `now`. */
  minLeadHours: number;
};

export type StageStartPlan = {
  /** Whole days every date was moved forward (0 when the dates were already far enough ahead). */
  shiftDays: number;
  dates: string[];
  startsAt: Date[];
};

function startsFor(input: StageStartPlanInput, shiftDays: number): { dates: string[]; startsAt: Date[] } {
  const dates = input.dates.map((date) => addDaysToIsoDate(date, shiftDays));
  return { dates, startsAt: dates.map((date) => zonedTimeToUtc(date, input.localTime, input.timeZone)) };
}

/**
 * Stage starts at `localTime` on each date, shifted forward by whole days when needed so that the
 * earliest start is at least `minLeadHours` after `now`. Shifting every date by the same number of
 * days keeps the spacing between stages, rest days included.
 */
export function planStageStarts(input: StageStartPlanInput): StageStartPlan {
  if (input.dates.length === 0) throw new Error("A schedule needs at least one stage date");
  const deadline = input.now.getTime() + input.minLeadHours * HOUR_MS;
  const earliest = (starts: Date[]): number => Math.min(...starts.map((start) => start.getTime()));

  const unshifted = startsFor(input, 0);
  const shortfall = deadline - earliest(unshifted.startsAt);
  if (shortfall <= 0) return { shiftDays: 0, ...unshifted };

  // The estimate can be a day short when a DST change sits between the two instants.
  let shiftDays = Math.ceil(shortfall / DAY_MS);
  let shifted = startsFor(input, shiftDays);
  while (earliest(shifted.startsAt) < deadline) {
    shiftDays += 1;
    shifted = startsFor(input, shiftDays);
  }
  return { shiftDays, ...shifted };
}
