import { expect } from "vitest";
import type { ResultEntry } from "@/lib/game/results-csv";
import type { ScoringInputDraft } from "@/lib/game/scoring";
import type { Db } from "@/lib/server/db";
import { AppError } from "@/lib/server/errors";
import { publishStageResults, saveStageResults } from "@/lib/server/results/stage-results";
import { createUser } from "@/tests/factories";
import { createPlayEvent, dbTimeIn } from "./play-event";

const HOUR = 3_600_000;

/**
 * A results event: by default stages 0-2 have started (3, 2 and 1 hours ago) and stage 3 starts in
 * an hour; `startsIn` places them elsewhere (milliseconds from the database clock).
 * Crews: featured F0 F1 F2 (38, 36, 34 credits), rivals R0 R1 (24, 20), privateer S (12).
 */
export async function createResultsEvent(db: Db, startsIn: number[] = [-3 * HOUR, -2 * HOUR, -HOUR, HOUR]) {
  const starts: Date[] = [];
  for (const milliseconds of startsIn) starts.push(await dbTimeIn(db, milliseconds));
  const { event, featured, rival, solo, stages } = await createPlayEvent(db, starts);
  const [F0, F1, F2] = featured as [(typeof featured)[number], (typeof featured)[number], (typeof featured)[number]];
  const [R0, R1] = rival as [(typeof rival)[number], (typeof rival)[number]];
  const admin = await createUser(db, { role: "ADMIN" });
  return { event, crews: { F0, F1, F2, R0, R1, S: solo }, stages, admin };
}

/** Result rows from crews in finishing order; `out` adds non-finishers. */
export function finishOrder(order: { id: number }[], out: [{ id: number }, "DNF" | "DSQ" | "DNS"][] = []): ResultEntry[] {
  return [
    ...order.map((crew, index) => ({
      crewId: crew.id,
      position: index + 1,
      timeSeconds: 3600 + index * 60,
      penaltySeconds: 0,
      status: "FINISHED" as const,
    })),
    ...out.map(([crew, status]) => ({ crewId: crew.id, position: null, timeSeconds: null, penaltySeconds: 0, status })),
  ];
}

/** Saves a draft from the stage's current version and publishes it, as the admin pages will. */
export async function saveAndPublish(db: Db, actorId: string, stageId: number, rows: ResultEntry[]) {
  const stage = await db.stage.findUniqueOrThrow({ where: { id: stageId }, select: { version: true } });
  const saved = await saveStageResults(db, { actorId, stageId, expectedVersion: stage.version, rows });
  return publishStageResults(db, { actorId, stageId, expectedVersion: saved.version });
}

export async function refusal(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(
    () => null,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

/** The stored standings, stage scores, locked rosters and rank counts of an event, in a stable order, for comparisons. */
export async function readScores(db: Pick<Db, "stage" | "standing" | "stageScore" | "stageRoster" | "stageRankCount">, eventId: number) {
  // Stage scores and locked rosters have no relation to their stage: read by the event's stage ids.
  const ofStages = { stageId: { in: (await db.stage.findMany({ where: { eventId }, select: { id: true } })).map((stage) => stage.id) } };
  const [standings, stageScores, stageRosters, rankCounts] = await Promise.all([
    db.standing.findMany({ where: { eventId }, orderBy: { userId: "asc" } }),
    db.stageScore.findMany({ where: ofStages, orderBy: [{ stageId: "asc" }, { userId: "asc" }] }),
    db.stageRoster.findMany({ where: ofStages, orderBy: [{ stageId: "asc" }, { userId: "asc" }] }),
    db.stageRankCount.findMany({ where: { stage: { eventId } }, orderBy: [{ stageId: "asc" }, { total: "asc" }, { exact: "asc" }] }),
  ]);
  return { standings, stageScores, stageRosters, rankCounts };
}

/** The contract's crews and featured team for a results event (ids as strings). */
export function contractField(
  event: { featuredTeam: { id: number } },
  crews: Record<string, { id: number; teamId: number }>,
): Pick<ScoringInputDraft, "featuredTeam" | "crews"> {
  return {
    featuredTeam: String(event.featuredTeam.id),
    crews: Object.values(crews).map((crew) => ({ id: String(crew.id), team: String(crew.teamId) })),
  };
}

/** A contract result list from stored-style rows. */
export function contractResults(rows: ResultEntry[]) {
  return rows.map((row) => ({ crew: String(row.crewId), status: row.status, position: row.position }));
}
