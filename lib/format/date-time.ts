// Deterministic formatting for a named time zone (the event's local time), safe on the server.

export function formatInTimeZone(date: Date, timeZone: string, options: Intl.DateTimeFormatOptions = {}): string {
  return new Intl.DateTimeFormat("en-GB", {
    timeZone,
    weekday: "short",
    day: "numeric",
    month: "short",
    hour: "2-digit",
    minute: "2-digit",
    ...options,
  }).format(date);
}

/** "GMT+3" style label of a zone at an instant. */
export function timeZoneLabel(date: Date, timeZone: string): string {
  const part = new Intl.DateTimeFormat("en-GB", { timeZone, timeZoneName: "shortOffset" })
    .formatToParts(date)
    .find((p) => p.type === "timeZoneName");
  return part?.value ?? timeZone;
}

/** A calendar date stored as UTC midnight (Prisma @db.Date), e.g. "3 Jan 2026". */
export function formatCalendarDate(date: Date): string {
  return new Intl.DateTimeFormat("en-GB", { timeZone: "UTC", day: "numeric", month: "short", year: "numeric" }).format(date);
}

export function formatDateRange(start: Date, end: Date): string {
  return `${formatCalendarDate(start)} – ${formatCalendarDate(end)}`;
}
