import "server-only";
import type { Db } from "@/lib/server/db";
import { AppError } from "@/lib/server/errors";
import { msg } from "@/lib/i18n/translate";
import { isPublished } from "@/lib/game/results-status";
import { listReplayStages, type ReplayEvent } from "@/lib/game/replay";
import type { ResultRow } from "@/lib/game/scoring";
import { loadEventForPlay, type EventForPlay } from "@/lib/server/picks/load-event-rules";

export type ReplayStageInfo = {
  id: number;
  number: number;
  name: string | null;
  type: string;
  startTown: string;
  finishTown: string;
  results: ResultRow[];
};

/** A finished event as a replay plays it: the field and rules for the forms, and the engine's view. */
export type LoadedReplayEvent = {
  event: EventForPlay & { featuredTeamName: string | null };
  /** The stages a run plays, in running order, with their published results. */
  stages: ReplayStageInfo[];
  engine: ReplayEvent;
};

function toRow(row: { crewId: number; position: number | null; status: ResultRow["status"] }): ResultRow {
  return { crew: String(row.crewId), status: row.status, position: row.status === "FINISHED" ? row.position : null };
}

/** Only a COMPLETED event can be replayed: anything else is NOT_FOUND to the replay pages and actions. */
export async function loadReplayEvent(db: Db, slug: string): Promise<LoadedReplayEvent> {
  const event = await loadEventForPlay(db, slug);
  const row = await db.event.findUniqueOrThrow({
    where: { id: event.id },
    select: {
      status: true,
      finalStatus: true,
      featuredTeam: { select: { name: true } },
      finalResults: { select: { crewId: true, position: true, status: true } },
      crews: { where: { category: "STOCK" }, select: { id: true, teamId: true, retiredAfter: { select: { number: true } } } },
      stages: {
        orderBy: { number: "asc" },
        select: {
          id: true,
          number: true,
          name: true,
          type: true,
          startTown: true,
          finishTown: true,
          status: true,
          resultsStatus: true,
          results: { select: { crewId: true, position: true, status: true } },
        },
      },
    },
  });
  if (row.status !== "COMPLETED") throw new AppError("NOT_FOUND", msg("replay.action.notReplayable"));
  const stocked = new Set(row.crews.map((crew) => crew.id));
  const stages = row.stages.map((stage) => ({
    ...stage,
    id: String(stage.id),
    stageId: stage.id,
    isCancelled: stage.status === "CANCELLED",
    results: isPublished(stage.resultsStatus) ? stage.results.filter((result) => stocked.has(result.crewId)).map(toRow) : null,
  }));
  const played = listReplayStages(stages);
  if (played.length === 0) throw new AppError("NOT_FOUND", msg("replay.action.notReplayable"));
  return {
    event: { ...event, featuredTeamName: row.featuredTeam?.name ?? null },
    stages: played.map((stage) => ({
      id: stage.stageId,
      number: stage.number,
      name: stage.name,
      type: stage.type,
      startTown: stage.startTown,
      finishTown: stage.finishTown,
      results: [...stage.results],
    })),
    engine: {
      rules: event.rules,
      featuredTeam: event.featuredTeamId === null ? null : String(event.featuredTeamId),
      crews: row.crews.map((crew) => ({
        id: String(crew.id),
        team: String(crew.teamId),
        retiredAfterNumber: crew.retiredAfter?.number ?? null,
      })),
      stages,
      final: isPublished(row.finalStatus) ? row.finalResults.filter((result) => stocked.has(result.crewId)).map(toRow) : null,
    },
  };
}
