import "server-only";
import type { Db } from "@/lib/server/db";
import { getDatabaseNow } from "@/lib/server/clock";
import { listPublishedEvents } from "./list-published-events";

/** Everything the home page shows: the event to play, its featured team, the next lock, all events. */
export async function getHomeSummary(db: Db) {
  const now = await getDatabaseNow(db);
  const [events, nextLock] = await Promise.all([
    listPublishedEvents(db),
    db.stage.findFirst({
      where: { startsAt: { gt: now }, status: { not: "CANCELLED" }, event: { status: { not: "DRAFT" } } },
      orderBy: { startsAt: "asc" },
      select: {
        id: true,
        number: true,
        name: true,
        type: true,
        startTown: true,
        finishTown: true,
        startsAt: true,
        event: { select: { slug: true, name: true, timeZone: true, isSample: true } },
      },
    }),
  ]);

  // The event to play is the soonest one not yet finished; otherwise the latest finished one.
  const playable = events.filter((event) => event.status === "UPCOMING" || event.status === "LIVE");
  const spotlight = playable.at(-1) ?? events[0] ?? null;
  return { now, events, spotlight, nextLock };
}
