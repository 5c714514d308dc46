// Local wall-clock time in an IANA zone to UTC, with Intl only (no date library in the project).

const DAY_MS = 86_400_000;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const LOCAL_TIME = /^(\d{2}):(\d{2})$/;

function parseIsoDate(date: string): [number, number, number] {
  const match = ISO_DATE.exec(date);
  if (!match) throw new Error(`Expected a YYYY-MM-DD date, got "${date}"`);
  return [Number(match[1]), Number(match[2]), Number(match[3])];
}

/** The zone's offset from UTC (ms, east positive) at `instant`. */
function zoneOffsetMs(instant: number, timeZone: string): number {
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
  const field = (type: Intl.DateTimeFormatPartTypes): number =>
    Number(parts.find((part) => part.type === type)?.value);
  const wallAsUtc = Date.UTC(
    field("year"),
    field("month") - 1,
    field("day"),
    field("hour"),
    field("minute"),
    field("second"),
  );
  return wallAsUtc - (instant - (instant % 1000));
}

/** The UTC instant of `time` (HH:MM) on `date` (YYYY-MM-DD) in `timeZone`. */
export function zonedTimeToUtc(date: string, time: string, timeZone: string): Date {
  const [year, month, day] = parseIsoDate(date);
  const timeMatch = LOCAL_TIME.exec(time);
  if (!timeMatch) throw new Error(`Expected an HH:MM time, got "${time}"`);
  const wall = Date.UTC(year, month - 1, day, Number(timeMatch[1]), Number(timeMatch[2]));
  // The offset at the guessed instant can differ from the one at the answer across a DST change,
  // so take it a second time at the first guess.
  const guess = wall - zoneOffsetMs(wall, timeZone);
  return new Date(wall - zoneOffsetMs(guess, timeZone));
}

/** `date` (YYYY-MM-DD) moved by whole calendar days. */
export function addDaysToIsoDate(date: string, days: number): string {
  const [year, month, day] = parseIsoDate(date);
  return new Date(Date.UTC(year, month - 1, day) + days * DAY_MS).toISOString().slice(0, 10);
}

/** A YYYY-MM-DD date as the midnight-UTC Date that Prisma stores in a `@db.Date` column. */
export function isoDateToDbDate(date: string): Date {
  const [year, month, day] = parseIsoDate(date);
  return new Date(Date.UTC(year, month - 1, day));
}
