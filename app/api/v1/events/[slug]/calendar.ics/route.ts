// GET /api/v1/events/[slug]/calendar.ics[?lang=fr] - the event's stage locks as an iCalendar file
import { DEFAULT_LOCALE, isLocale, LOCALE_PARAM } from "@/lib/i18n/locales";
import { negotiateLocale } from "@/lib/i18n/negotiate-locale";
import { loadTranslate, msg } from "@/lib/i18n/translate";
import { parseInput } from "@/lib/server/api/parse-input";
import { eventNotFound, serveApi } from "@/lib/server/api/respond";
import { calendarResponse } from "@/lib/server/calendar/calendar-response";
import { getEventCalendarStages } from "@/lib/server/calendar/list-calendar-stages";
import { buildStageLocksIcs } from "@/lib/server/calendar/stage-locks-ics";
import { db } from "@/lib/server/db";
import { eventParamsSchema } from "@/lib/validation/api";

type Context = { params: Promise<{ slug: string }> };

/** The link on the event page names the page's language (?lang=); else the calendar app's Accept-Language. */
function calendarLocale(request: Request) {
  const asked = new URL(request.url).searchParams.get(LOCALE_PARAM);
  return isLocale(asked) ? asked : (negotiateLocale(request.headers.get("accept-language")) ?? DEFAULT_LOCALE);
}

export function GET(request: Request, { params }: Context) {
  return serveApi(async () => {
    const { slug } = parseInput(eventParamsSchema, await params);
    const calendar = await getEventCalendarStages(db, slug);
    if (!calendar) throw eventNotFound(slug);
    const locale = calendarLocale(request);
    const t = await loadTranslate(locale);
    const ics = buildStageLocksIcs(calendar.stages, {
      name: t(msg("email.calendar.eventCalendar"), { event: calendar.name }),
      origin: new URL(request.url).origin,
      locale,
      t,
    });
    // The answer depends on the language asked for.
    const response = calendarResponse(ics, { filename: `${slug}-stage-locks.ics`, cache: "public" });
    response.headers.set("Vary", "Accept-Language");
    return response;
  });
}
