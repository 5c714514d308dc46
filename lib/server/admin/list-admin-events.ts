import "server-only";
import type { Db } from "@/lib/server/db";

/** Every event, drafts included, newest first, with what is set up so far. */
export function listAdminEvents(db: Db) {
  return db.event.findMany({
    orderBy: [{ startDate: "desc" }, { name: "asc" }],
    select: {
      id: true,
      slug: true,
      name: true,
      status: true,
      isSample: true,
      startDate: true,
      endDate: true,
      season: { select: { name: true } },
      _count: { select: { teams: true, crews: true, stages: true, rosters: true } },
    },
  });
}

/** Seasons for pickers and the seasons page, newest first. */
export function listSeasons(db: Db) {
  return db.season.findMany({
    orderBy: [{ year: "desc" }, { name: "asc" }],
    select: { id: true, slug: true, name: true, year: true, _count: { select: { events: true } } },
  });
}
