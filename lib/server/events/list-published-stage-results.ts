import "server-only";
import type { Db } from "@/lib/server/db";
import { PUBLISHED_STATUSES } from "@/lib/game/results-status";

/**
 * The results of the given stages that are public: the published-status test is part of the query,
 * so a draft entered by an admin never leaves the database, whatever the caller asks for.
 * Places first, then non-finishers by status.
 */
export async function listPublishedStageResults(db: Db, stageIds: number[]) {
  if (stageIds.length === 0) return [];
  return db.stageResult.findMany({
    where: { stageId: { in: stageIds }, stage: { resultsStatus: { in: [...PUBLISHED_STATUSES] } } },
    orderBy: [{ stageId: "asc" }, { position: { sort: "asc", nulls: "last" } }, { status: "asc" }, { crewId: "asc" }],
    include: { crew: { select: { id: true, number: true, driver: true } } },
  });
}

export type PublishedStageResult = Awaited<ReturnType<typeof listPublishedStageResults>>[number];
