// GET /api/v1/events/[slug]/calendar.ics - the event's stage locks as an iCalendar file
import { parseInput } from "@/lib/server/api/parse-input";
import { eventNotFound, serveApi } from "@/lib/server/api/respond";
import { calendarResponse } from "@/lib/server/calendar/calendar-response";
import { getEventCalendarStages } from "@/lib/server/calendar/list-calendar-stages";
import { buildStageLocksIcs } from "@/lib/server/calendar/stage-locks-ics";
import { db } from "@/lib/server/db";
import { eventParamsSchema } from "@/lib/validation/api";

type Context = { params: Promise<{ slug: string }> };

export function GET(request: Request, { params }: Context) {
  return serveApi(async () => {
    const { slug } = parseInput(eventParamsSchema, await params);
    const calendar = await getEventCalendarStages(db, slug);
    if (!calendar) throw eventNotFound(slug);
    const ics = buildStageLocksIcs(calendar.stages, { name: `${calendar.name} stage locks`, origin: new URL(request.url).origin });
    return calendarResponse(ics, { filename: `${slug}-stage-locks.ics`, cache: "public" });
  });
}
