import "server-only";
import type { Db } from "@/lib/server/db";
import { getDatabaseNow } from "@/lib/server/clock";

/** An event with everything the admin edits: teams, crews, stages, and the database clock. */
export async function getAdminEvent(db: Db, slug: string) {
  const [now, event] = await Promise.all([
    getDatabaseNow(db),
    db.event.findUnique({
      where: { slug },
      include: {
        season: { select: { id: true, name: true } },
        teams: { orderBy: { name: "asc" }, include: { _count: { select: { crews: true } } } },
        crews: {
          orderBy: [{ number: "asc" }, { driver: "asc" }],
          include: { team: { select: { name: true } }, retiredAfter: { select: { number: true, type: true } } },
        },
        stages: { orderBy: { number: "asc" }, include: { _count: { select: { results: true } } } },
        _count: { select: { rosters: true } },
      },
    }),
  ]);
  return event ? { now, event } : null;
}

export type AdminEvent = NonNullable<Awaited<ReturnType<typeof getAdminEvent>>>["event"];
