// GET /api/v1/calendar/[token] - a player's personal feed: the stage locks of the events they play, with alarms
import { DEFAULT_LOCALE, isLocale } from "@/lib/i18n/locales";
import { loadTranslate, msg } from "@/lib/i18n/translate";
import { notFoundError, serveApi } from "@/lib/server/api/respond";
import { findCalendarFeedOwner } from "@/lib/server/calendar/calendar-feed-token";
import { calendarResponse } from "@/lib/server/calendar/calendar-response";
import { listPlayerCalendarStages } from "@/lib/server/calendar/list-calendar-stages";
import { buildStageLocksIcs } from "@/lib/server/calendar/stage-locks-ics";
import { db } from "@/lib/server/db";

type Context = { params: Promise<{ token: string }> };

export function GET(request: Request, { params }: Context) {
  return serveApi(async () => {
    const { token } = await params;
    // Every unusable token (malformed, replaced, the account deleted) reads the same: not found.
    const owner = typeof token === "string" ? await findCalendarFeedOwner(db, token) : null;
    if (!owner) throw notFoundError("There is no calendar feed at this address: it may have been replaced.");
    // A calendar app sends no cookie: the feed speaks the owner's saved language.
    const locale = isLocale(owner.locale) ? owner.locale : DEFAULT_LOCALE;
    const t = await loadTranslate(locale);
    const stages = await listPlayerCalendarStages(db, owner.userId);
    const ics = buildStageLocksIcs(stages, {
      name: t(msg("email.calendar.personalCalendar")),
      origin: new URL(request.url).origin,
      locale,
      t,
      alarmHoursBefore: owner.leadHours,
    });
    return calendarResponse(ics, { filename: "dune-draft.ics", cache: "private" });
  });
}
