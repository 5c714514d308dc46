import type { FinishStatus, ResultsStatus, Stage, StageResult } from "@/lib/generated/prisma/client";
import { createCrew } from "./crew";
import type { FactoryDb } from "./factory-db";
import { createStage } from "./stage";

export type StageResultInput = {
  crewId: number;
  status?: FinishStatus;
  /** Defaults to the next place among FINISHED rows; null for other statuses. */
  position?: number | null;
  timeSeconds?: number | null;
  penaltySeconds?: number;
};

export type StageResultsOverrides = {
  stageId?: number;
  /** Defaults to every crew of the event finishing in id order (three new crews if it has none). */
  results?: StageResultInput[];
  resultsStatus?: ResultsStatus;
  /** When the results were published; defaults to now unless the status is DRAFT. */
  publishedAt?: Date;
};

export type StageResults = { stage: Stage; results: StageResult[] };

async function defaultResults(db: FactoryDb, eventId: number): Promise<StageResultInput[]> {
  const crews = await db.crew.findMany({ where: { eventId }, orderBy: { id: "asc" }, select: { id: true } });
  while (crews.length < 3) crews.push(await createCrew(db, { eventId }));
  return crews.map((crew) => ({ crewId: crew.id }));
}

/** A stage's results and its results status (PROVISIONAL unless told otherwise). */
export async function createStageResults(db: FactoryDb, overrides: StageResultsOverrides = {}): Promise<StageResults> {
  const stage =
    overrides.stageId === undefined ? await createStage(db) : await db.stage.findUniqueOrThrow({ where: { id: overrides.stageId } });
  const inputs = overrides.results ?? (await defaultResults(db, stage.eventId));
  let finishers = 0;
  const results = await db.stageResult.createManyAndReturn({
    data: inputs.map((input) => {
      const status = input.status ?? "FINISHED";
      if (status === "FINISHED") finishers += 1;
      return {
        stageId: stage.id,
        crewId: input.crewId,
        status,
        position: input.position !== undefined ? input.position : status === "FINISHED" ? finishers : null,
        timeSeconds: input.timeSeconds ?? null,
        penaltySeconds: input.penaltySeconds ?? 0,
      };
    }),
  });
  const resultsStatus = overrides.resultsStatus ?? "PROVISIONAL";
  const updated = await db.stage.update({
    where: { id: stage.id },
    data: {
      resultsStatus,
      resultsPublishedAt: resultsStatus === "DRAFT" ? null : (overrides.publishedAt ?? new Date()),
    },
  });
  return { stage: updated, results };
}
