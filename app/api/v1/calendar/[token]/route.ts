// GET /api/v1/calendar/[token] - a player's personal feed: the stage locks of the events they play, with alarms
import { notFoundError, serveApi } from "@/lib/server/api/respond";
import { findCalendarFeedUser } from "@/lib/server/calendar/calendar-feed-token";
import { calendarResponse } from "@/lib/server/calendar/calendar-response";
import { listPlayerCalendarStages } from "@/lib/server/calendar/list-calendar-stages";
import { buildStageLocksIcs } from "@/lib/server/calendar/stage-locks-ics";
import { db } from "@/lib/server/db";

type Context = { params: Promise<{ token: string }> };

// The player's own lead time is a notification preference; until then, three hours.
const ALARM_HOURS_BEFORE = 3;

export function GET(request: Request, { params }: Context) {
  return serveApi(async () => {
    const { token } = await params;
    // Every unusable token (malformed, replaced, the account deleted) reads the same: not found.
    const userId = typeof token === "string" ? await findCalendarFeedUser(db, token) : null;
    if (!userId) throw notFoundError("There is no calendar feed at this address: it may have been replaced.");
    const stages = await listPlayerCalendarStages(db, userId);
    const ics = buildStageLocksIcs(stages, {
      name: "Dune Draft: my stage locks",
      origin: new URL(request.url).origin,
      alarmHoursBefore: ALARM_HOURS_BEFORE,
    });
    return calendarResponse(ics, { filename: "dune-draft.ics", cache: "private" });
  });
}
