import { toIsoDate } from "./date-time";

// An event's local wall-clock time <-> UTC, with Intl only (the project has no date library).
// Local values use the <input type="datetime-local"> format: 2026-01-03T07:00.

const DAY_MS = 86_400_000;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const LOCAL = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/;

function wallClockMs(instant: number, timeZone: string): number {
  const parts = new Intl.DateTimeFormat("en-US", {
    timeZone,
    hourCycle: "h23",
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
    minute: "2-digit",
    second: "2-digit",
  }).formatToParts(new Date(instant));
  const field = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((part) => part.type === type)?.value);
  return Date.UTC(field("year"), field("month") - 1, field("day"), field("hour"), field("minute"), field("second"));
}

/** The zone's offset from UTC (ms, east positive) at `instant`. */
function offsetMs(instant: number, timeZone: string): number {
  return wallClockMs(instant, timeZone) - (instant - (((instant % 1000) + 1000) % 1000));
}

/** `instant` as the zone's wall-clock time, minute precision, for a datetime-local input. */
export function utcToLocalInput(instant: Date, timeZone: string): string {
  return new Date(wallClockMs(instant.getTime(), timeZone)).toISOString().slice(0, 16);
}

/** The UTC instant of a local wall-clock time, or null when that time does not exist (clocks jump forward). */
export function localInputToUtc(local: string, timeZone: string): Date | null {
  const match = LOCAL.exec(local);
  if (!match) return null;
  const wall = Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]), Number(match[4]), Number(match[5]));
  // The offset at the first guess can differ from the one at the answer across a DST change: take it twice.
  const guess = wall - offsetMs(wall, timeZone);
  const instant = new Date(wall - offsetMs(guess, timeZone));
  return utcToLocalInput(instant, timeZone) === local ? instant : null;
}

/** The UTC instant of `time` (HH:MM) on `date` (YYYY-MM-DD) in `timeZone`; throws on a bad or missing time. */
export function zonedTimeToUtc(date: string, time: string, timeZone: string): Date {
  parseIsoDate(date);
  if (!/^\d{2}:\d{2}$/.test(time)) throw new Error(`Expected an HH:MM time, got "${time}"`);
  const instant = localInputToUtc(`${date}T${time}`, timeZone);
  if (!instant) throw new Error(`No such local time: ${date} ${time} in ${timeZone}`);
  return instant;
}

function parseIsoDate(date: string): [number, number, number] {
  const match = ISO_DATE.exec(date);
  if (!match) throw new Error(`Expected a YYYY-MM-DD date, got "${date}"`);
  return [Number(match[1]), Number(match[2]), Number(match[3])];
}

/** `date` (YYYY-MM-DD) moved by whole calendar days. */
export function addDaysToIsoDate(date: string, days: number): string {
  const [year, month, day] = parseIsoDate(date);
  return toIsoDate(new Date(Date.UTC(year, month - 1, day) + days * DAY_MS));
}

/** A YYYY-MM-DD date as the midnight-UTC Date that Prisma stores in a `@db.Date` column. */
export function isoDateToDbDate(date: string): Date {
  const [year, month, day] = parseIsoDate(date);
  return new Date(Date.UTC(year, month - 1, day));
}
