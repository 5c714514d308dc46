import "server-only";
import type { Db } from "@/lib/server/db";
import type { ResultEntry } from "@/lib/game/results-csv";

/** What the admin results page needs: the event's crews, and the stage's (or final) rows and status. */
export async function getResultsEntry(db: Db, slug: string, target: number | "final") {
  const event = await db.event.findUnique({
    where: { slug },
    select: {
      id: true,
      slug: true,
      name: true,
      version: true,
      finalStatus: true,
      crews: {
        where: { category: "STOCK" },
        orderBy: [{ number: "asc" }, { driver: "asc" }],
        select: { id: true, number: true, driver: true, team: { select: { name: true } } },
      },
      finalResults: true,
    },
  });
  if (!event) return null;
  const crews = event.crews.map((crew) => ({ id: crew.id, number: crew.number, driver: crew.driver, teamName: crew.team.name }));
  const toEntry = (row: {
    crewId: number;
    position: number | null;
    timeSeconds: number | null;
    status: ResultEntry["status"];
    penaltySeconds?: number;
  }): ResultEntry => ({
    crewId: row.crewId,
    position: row.position,
    timeSeconds: row.timeSeconds,
    penaltySeconds: row.penaltySeconds ?? 0,
    status: row.status,
  });
  if (target === "final") {
    return { event, crews, stage: null, rows: event.finalResults.map(toEntry), status: event.finalStatus, version: event.version };
  }
  const stage = await db.stage.findUnique({ where: { eventId_number: { eventId: event.id, number: target } }, include: { results: true } });
  if (!stage) return null;
  return { event, crews, stage, rows: stage.results.map(toEntry), status: stage.resultsStatus, version: stage.version };
}

/** Every stage's results status for the event's results overview. */
export async function listResultsOverview(db: Db, slug: string) {
  return db.event.findUnique({
    where: { slug },
    select: {
      slug: true,
      name: true,
      finalStatus: true,
      stages: {
        orderBy: { number: "asc" },
        select: {
          id: true,
          number: true,
          name: true,
          type: true,
          startsAt: true,
          status: true,
          resultsStatus: true,
          correctedAt: true,
          _count: { select: { results: true } },
        },
      },
    },
  });
}
