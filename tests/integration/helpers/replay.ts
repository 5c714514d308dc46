import type { Db } from "@/lib/server/db";
import type { ResultRow } from "@/lib/game/scoring";
import { revealReplayStage } from "@/lib/server/replay/reveal-replay-stage";
import { saveReplayCall, saveReplayRoster } from "@/lib/server/replay/save-replay-picks";

export const DAKAR = "dakar-2026";

/** The seeded Dakar 2026 as the tests write picks and contract input: crews by race number (null: Peter Hamza). */
export async function loadDakar(db: Db) {
  const event = await db.event.findUniqueOrThrow({
    where: { slug: DAKAR },
    include: {
      crews: true,
      finalResults: true,
      stages: { orderBy: { number: "asc" }, include: { results: true } },
    },
  });
  const crewId = (number: number | null) => {
    const crew = event.crews.find((candidate) => (number === null ? candidate.driver === "Peter Hamza" : candidate.number === number));
    if (!crew) throw new Error(`no crew ${number}`);
    return crew.id;
  };
  const toRow = (row: { crewId: number; position: number | null; status: ResultRow["status"] }): ResultRow => ({
    crew: String(row.crewId),
    status: row.status,
    position: row.status === "FINISHED" ? row.position : null,
  });
  const stages = event.stages
    .filter((stage) => stage.status !== "CANCELLED" && (stage.resultsStatus === "PROVISIONAL" || stage.resultsStatus === "OFFICIAL"))
    .map((stage) => ({ id: stage.id, number: stage.number, results: stage.results.map(toRow) }));
  return {
    eventId: event.id,
    featuredTeamId: String(event.featuredTeamId),
    crews: event.crews.map((crew) => ({ id: String(crew.id), team: String(crew.teamId) })),
    stages,
    final: event.finalResults.map(toRow),
    stageNumberById: new Map(stages.map((stage) => [stage.id, stage.number])),
    stageId: (number: number) => stages.find((stage) => stage.number === number)!.id,
    crewId,
    ids: (numbers: readonly (number | null)[]) => numbers.map(crewId),
  };
}

export type Dakar = Awaited<ReturnType<typeof loadDakar>>;

type Play = {
  userId: string;
  runId: number;
  stage: number;
  roster: { crews: (number | null)[]; captain: number | null } | null;
  call: { podium: (number | null)[]; best: number | null } | null;
};

/** Saves the stage's roster and call when given (race numbers), then reveals it. */
export async function playStage(db: Db, dakar: Dakar, { userId, runId, stage, roster, call }: Play) {
  if (roster) {
    await saveReplayRoster(db, {
      userId,
      runId,
      stageNumber: stage,
      crewIds: dakar.ids(roster.crews),
      captainId: dakar.crewId(roster.captain),
    });
  }
  if (call) {
    const podium = dakar.ids(call.podium) as [number, number, number];
    await saveReplayCall(db, {
      userId,
      runId,
      stageNumber: stage,
      podium,
      featuredBestId: call.best === null ? null : dakar.crewId(call.best),
    });
  }
  return revealReplayStage(db, { userId, runId, stageNumber: stage });
}
