import "server-only";
import type { Db } from "@/lib/server/db";
import { isPublished, PUBLISHED_STATUSES } from "@/lib/game/results-status";
import { getCrewStats } from "@/lib/server/stats/get-crew-stats";
import { requestStageStats } from "@/lib/server/stats/request-stage-stats";

/**
 * A crew with its team, event, published stage-by-stage results and its stats in the game, read
 * through `reader` (the replica, see readPublic); only a request for missing stats goes to `db`.
 */
export async function getCrewPage(db: Db, crewId: number, reader: Db = db) {
  const crew = await reader.crew.findUnique({
    where: { id: crewId },
    include: {
      team: true,
      retiredAfter: { select: { number: true, name: true } },
      event: {
        select: {
          slug: true,
          name: true,
          status: true,
          isSample: true,
          timeZone: true,
          featuredTeamId: true,
          finalStatus: true,
          stages: {
            orderBy: { number: "asc" },
            select: {
              id: true,
              number: true,
              name: true,
              type: true,
              startTown: true,
              finishTown: true,
              startsAt: true,
              status: true,
              resultsStatus: true,
            },
          },
        },
      },
      results: { where: { stage: { resultsStatus: { in: [...PUBLISHED_STATUSES] } } } },
      finalResults: true,
    },
  });
  if (!crew || crew.event.status === "DRAFT") return null;

  const resultByStage = new Map(crew.results.map((result) => [result.stageId, result]));
  const stages = crew.event.stages.map((stage) => ({
    ...stage,
    isPublished: isPublished(stage.resultsStatus),
    result: resultByStage.get(stage.id) ?? null,
  }));
  const finalResult = isPublished(crew.event.finalStatus) ? (crew.finalResults[0] ?? null) : null;
  // The crew in the game (ownership, points, form): the stored stats of its event's locked stages.
  const [stats, { isPending: hasStatsPending }] = await Promise.all([getCrewStats(reader, crew), requestStageStats(db, crew.eventId)]);
  return { crew, stages, finalResult, isFeatured: crew.teamId === crew.event.featuredTeamId, stats, hasStatsPending };
}

export type CrewPage = NonNullable<Awaited<ReturnType<typeof getCrewPage>>>;
