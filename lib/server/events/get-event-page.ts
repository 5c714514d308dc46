import "server-only";
import type { Db } from "@/lib/server/db";
import { getDatabaseNow } from "@/lib/server/clock";
import { isPublished } from "@/lib/game/results-status";

/** An event with its stages (and each stage's published podium) and its field grouped by team. */
export async function getEventPage(db: Db, slug: string) {
  const [now, event] = await Promise.all([
    getDatabaseNow(db),
    db.event.findUnique({
      where: { slug },
      include: {
        season: { select: { name: true } },
        featuredTeam: { select: { id: true, name: true } },
        stages: {
          orderBy: { number: "asc" },
          include: {
            results: {
              where: { position: { lte: 3 } },
              orderBy: { position: "asc" },
              select: { position: true, crew: { select: { id: true, number: true, driver: true } } },
            },
          },
        },
        teams: {
          orderBy: { name: "asc" },
          include: { crews: { orderBy: [{ number: "asc" }, { driver: "asc" }] } },
        },
        finalResults: {
          orderBy: [{ position: "asc" }],
          include: { crew: { select: { id: true, number: true, driver: true, coDriver: true } } },
        },
      },
    }),
  ]);
  if (!event || event.status === "DRAFT") return null;

  // Stage podiums are public only once results are published.
  const stages = event.stages.map((stage) => ({
    ...stage,
    results: isPublished(stage.resultsStatus) ? stage.results : [],
  }));
  const teams = [...event.teams].sort((a, b) => Number(b.id === event.featuredTeamId) - Number(a.id === event.featuredTeamId));
  return { now, event: { ...event, stages, teams, finalResults: isPublished(event.finalStatus) ? event.finalResults : [] } };
}

export type EventPage = NonNullable<Awaited<ReturnType<typeof getEventPage>>>;
