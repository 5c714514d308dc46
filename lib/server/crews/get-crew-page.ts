import "server-only";
import type { Db } from "@/lib/server/db";

const PUBLISHED = ["PROVISIONAL", "OFFICIAL"] as const;

/** A crew with its team, event and published stage-by-stage results. */
export async function getCrewPage(db: Db, crewId: number) {
  const crew = await db.crew.findUnique({
    where: { id: crewId },
    include: {
      team: true,
      retiredAfter: { select: { number: true, name: true } },
      event: {
        select: {
          slug: true, name: true, status: true, isSample: true, timeZone: true, featuredTeamId: true, finalStatus: true,
          stages: { orderBy: { number: "asc" }, select: { id: true, number: true, name: true, type: true, startTown: true, finishTown: true, startsAt: true, status: true, resultsStatus: true } },
        },
      },
      results: { where: { stage: { resultsStatus: { in: [...PUBLISHED] } } } },
      finalResults: true,
    },
  });
  if (!crew || crew.event.status === "DRAFT") return null;

  const resultByStage = new Map(crew.results.map((result) => [result.stageId, result]));
  const stages = crew.event.stages.map((stage) => ({
    ...stage,
    isPublished: stage.resultsStatus === "PROVISIONAL" || stage.resultsStatus === "OFFICIAL",
    result: resultByStage.get(stage.id) ?? null,
  }));
  const isFinalPublished = crew.event.finalStatus === "PROVISIONAL" || crew.event.finalStatus === "OFFICIAL";
  const finalResult = isFinalPublished ? (crew.finalResults[0] ?? null) : null;
  return { crew, stages, finalResult, isFeatured: crew.teamId === crew.event.featuredTeamId };
}

export type CrewPage = NonNullable<Awaited<ReturnType<typeof getCrewPage>>>;
