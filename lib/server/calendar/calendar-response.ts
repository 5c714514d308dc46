import "server-only";
import { CACHE_CONTROL } from "@/lib/server/api/respond";

type CalendarResponseOptions = { filename: string; cache: "public" | "private" };

/**
 * An iCalendar answer. Calendar apps poll feeds on their own schedule, so any cache must ask
 * again (a moved or cancelled stage shows at the next poll); the personal feed, whose URL is a
 * secret, is never stored by shared caches nor indexed.
 */
export function calendarResponse(ics: string, { filename, cache }: CalendarResponseOptions): Response {
  const headers = new Headers({
    "Content-Type": "text/calendar; charset=utf-8",
    "Content-Disposition": `inline; filename="${filename.replace(/[^A-Za-z0-9._-]/g, "_")}"`,
    "Cache-Control": cache === "public" ? CACHE_CONTROL.public : "private, no-store",
  });
  if (cache === "private") headers.set("X-Robots-Tag", "noindex");
  return new Response(ics, { status: 200, headers });
}
