import { INTL_LOCALES, type AppLocale } from "@/lib/i18n/locales";

// Deterministic formatting for a named time zone (the event's local time), safe on the server.
// `locale` is the reader's language (next-intl's useLocale / getLocale); English until a page is converted.

// Building an Intl.DateTimeFormat costs far more than formatting with one (a page of stages, a burst
// of reminder emails): formatters are kept per language and options. The keys are few (languages ×
// event zones × the option sets in the code); the bound only guards against a surprise.
const formatters = new Map<string, Intl.DateTimeFormat>();
const MAX_FORMATTERS = 500;

function dateTimeFormat(locale: AppLocale, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let found = formatters.get(key);
  if (!found) {
    if (formatters.size >= MAX_FORMATTERS) formatters.clear();
    found = new Intl.DateTimeFormat(INTL_LOCALES[locale], options);
    formatters.set(key, found);
  }
  return found;
}

export function formatInTimeZone(date: Date, timeZone: string, options: Intl.DateTimeFormatOptions = {}, locale: AppLocale = "en"): string {
  return dateTimeFormat(locale, {
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
export function timeZoneLabel(date: Date, timeZone: string, locale: AppLocale = "en"): string {
  const part = dateTimeFormat(locale, { timeZone, timeZoneName: "shortOffset" })
    .formatToParts(date)
    .find((p) => p.type === "timeZoneName");
  return part?.value ?? timeZone;
}

const CALENDAR_DATE: Intl.DateTimeFormatOptions = { timeZone: "UTC", day: "numeric", month: "short", year: "numeric" };

/** A calendar date stored as UTC midnight (Prisma @db.Date), e.g. "3 Jan 2026". */
export function formatCalendarDate(date: Date, locale: AppLocale = "en"): string {
  return dateTimeFormat(locale, CALENDAR_DATE).format(date);
}

/** Two calendar dates as the language writes a range: "3–17 Jan 2026", "3–17 janv. 2026". */
export function formatDateRange(start: Date, end: Date, locale: AppLocale = "en"): string {
  return dateTimeFormat(locale, CALENDAR_DATE).formatRange(start, end);
}

/** The UTC calendar day of a date as YYYY-MM-DD (a Prisma @db.Date is UTC midnight): API, files, inputs. */
export function toIsoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** An instant as UTC wall-clock text, "2026-01-03 04:00" (or "04:00:00" to the second), for admins and logs. */
export function formatUtcDateTime(at: Date, precision: "minute" | "second" = "minute"): string {
  return at
    .toISOString()
    .slice(0, precision === "minute" ? 16 : 19)
    .replace("T", " ");
}

/** "2026-01-03 04:00 UTC": a time every reader can compare, whatever their zone. */
export function formatUtc(at: Date): string {
  return `${formatUtcDateTime(at)} UTC`;
}
