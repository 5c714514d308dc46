import "server-only";
import type { Db } from "@/lib/server/db";
import { getDatabaseNow } from "@/lib/server/clock";

const crewCard = {
  id: true,
  number: true,
  driver: true,
  driverNationality: true,
  coDriver: true,
  coDriverNationality: true,
  price: true,
  isSamplePrice: true,
  status: true,
} as const;

/** Everything the home page shows: the event to play, its featured team, the next lock, all events. */
export async function getHomeSummary(db: Db) {
  const now = await getDatabaseNow(db);
  const [events, nextLock] = await Promise.all([
    db.event.findMany({
      where: { status: { not: "DRAFT" } },
      orderBy: { startDate: "desc" },
      select: {
        id: true,
        slug: true,
        name: true,
        status: true,
        isSample: true,
        startDate: true,
        endDate: true,
        country: true,
        timeZone: true,
        description: true,
        featuredTeam: {
          select: {
            id: true,
            name: true,
            vehicle: true,
            note: true,
            crews: { select: crewCard, orderBy: [{ number: "asc" }, { driver: "asc" }] },
          },
        },
        _count: { select: { stages: true, crews: true } },
      },
    }),
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

export type HomeSummary = Awaited<ReturnType<typeof getHomeSummary>>;
