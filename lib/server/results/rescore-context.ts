import "server-only";
import { isPublished } from "@/lib/game/results-status";
import type { Tx } from "@/lib/server/db";
import type { FinishStatus, ResultsStatus, StageStatus } from "@/lib/generated/prisma/client";
import { AppError } from "@/lib/server/errors";
import { msg } from "@/lib/i18n/translate";
import { resolveRules, ruleOverridesSchema, type Rules } from "@/lib/game/rules";
import type { ResultRow } from "@/lib/game/scoring";

export type RescoreStage = { id: number; number: number; startsAt: Date; isStarted: boolean; isPublished: boolean };

export type RescoreCrew = { id: number; teamId: number; retiredAfterNumber: number | null };

/** What rescoring knows of an event before it touches the players: a few small reads. */
export type RescoreContext = {
  eventId: number;
  rules: Rules;
  featuredTeamId: number | null;
  crews: RescoreCrew[];
  /** Uncancelled stages that have started (by the database clock), in running order: they lock a roster. */
  started: RescoreStage[];
  /** Uncancelled stages with published results, in running order: they score. */
  published: RescoreStage[];
  /** Every stage of the event, cancelled ones too. */
  stageIds: number[];
  resultsByStage: Map<number, ResultRow[]>;
  /** The published final classification, or null. */
  final: ResultRow[] | null;
};

type StageRow = {
  id: number;
  number: number;
  startsAt: Date;
  status: StageStatus;
  resultsStatus: ResultsStatus | null;
  isStarted: boolean;
};
type Result = { crewId: number; status: FinishStatus; position: number | null };

const toRow = (row: Result): ResultRow => ({ crew: String(row.crewId), status: row.status, position: row.position });

export async function loadRescoreContext(tx: Tx, eventId: number): Promise<RescoreContext> {
  const event = await tx.event.findUnique({ where: { id: eventId }, select: { rules: true, featuredTeamId: true, finalStatus: true } });
  if (!event) throw new AppError("NOT_FOUND", msg("admin.errors.gone"), undefined, { thing: "event" });
  const overrides = ruleOverridesSchema.safeParse(event.rules);
  // Stored rules are validated on every admin write; a bad row here is a bug, not user input.
  if (!overrides.success) throw new Error(`event ${eventId} has invalid rules: ${overrides.error.message}`);

  const stages = await tx.$queryRaw<StageRow[]>`
    SELECT id, number, starts_at AS "startsAt", status::text AS status, results_status::text AS "resultsStatus",
           starts_at <= clock_timestamp() AS "isStarted"
    FROM stage WHERE event_id = ${eventId} ORDER BY number`;
  const live = stages
    .filter((stage) => stage.status !== "CANCELLED")
    .map((stage): RescoreStage => ({
      id: stage.id,
      number: stage.number,
      startsAt: stage.startsAt,
      isStarted: stage.isStarted,
      isPublished: isPublished(stage.resultsStatus),
    }));
  const published = live.filter((stage) => stage.isPublished);
  const stageNumber = new Map(stages.map((stage) => [stage.id, stage.number]));

  const crews = await tx.crew.findMany({
    where: { eventId },
    select: { id: true, teamId: true, retiredAfterStageId: true },
    orderBy: { id: "asc" },
  });
  const results =
    published.length === 0
      ? []
      : await tx.stageResult.findMany({
          where: { stageId: { in: published.map((stage) => stage.id) } },
          select: { stageId: true, crewId: true, status: true, position: true },
        });
  const final = isPublished(event.finalStatus)
    ? await tx.finalResult.findMany({ where: { eventId }, select: { crewId: true, status: true, position: true } })
    : null;

  const resultsByStage = new Map<number, ResultRow[]>(published.map((stage) => [stage.id, []]));
  for (const row of results) resultsByStage.get(row.stageId)?.push(toRow(row));
  return {
    eventId,
    rules: resolveRules(overrides.data),
    featuredTeamId: event.featuredTeamId,
    crews: crews.map((crew) => ({
      id: crew.id,
      teamId: crew.teamId,
      retiredAfterNumber: crew.retiredAfterStageId === null ? null : (stageNumber.get(crew.retiredAfterStageId) ?? null),
    })),
    started: live.filter((stage) => stage.isStarted),
    published,
    stageIds: stages.map((stage) => stage.id),
    resultsByStage,
    final: final && final.map(toRow),
  };
}

/** Crews out of the rally when `stage` runs: retired after an earlier stage. */
export function listRetiredBefore(context: RescoreContext, stage: { number: number }): string[] {
  return context.crews
    .filter((crew) => crew.retiredAfterNumber !== null && crew.retiredAfterNumber < stage.number)
    .map((crew) => String(crew.id));
}

/**
 * The started stage whose locked roster scores `stage`: the stage itself once it has started, else
 * the latest started stage before it (a roster carries over), or none.
 */
export function findRosterStage(context: RescoreContext, stage: RescoreStage): RescoreStage | undefined {
  return context.started.filter((candidate) => candidate.number <= stage.number).at(-1);
}
