import "server-only";
import type { Db, Tx } from "@/lib/server/db";
import { AppError } from "@/lib/server/errors";
import { getDatabaseClockNow } from "@/lib/server/clock";
import { formatInTimeZone } from "@/lib/format/date-time";
import { localInputToUtc, utcToLocalInput } from "@/lib/format/zoned-time";
import { stageLabel, stageLabelCapitalised } from "@/lib/format/stage-label";
import { diffFields, writeAudit, type Actor } from "./audit";
import { countPublishedStagesAfter } from "./published-results";
import { lockScoring, rescoreAfterChange, SCORING_TRANSACTION_OPTIONS } from "./rescore";
import { assertStageOrder } from "./stage-order";
import { goneError } from "./row-guards";
import { msg } from "@/lib/i18n/translate";

export type TimetableRow = {
  stageId: number;
  expectedVersion: number;
  startsAtLocal: string;
  startTown: string;
  finishTown: string;
  specialKm: number | null;
  totalKm: number | null;
};
export type SaveTimetableInput = Actor & { eventId: number; rows: readonly TimetableRow[] };

/** The form key a row's problems come back under, so the page shows them beside the row. */
export const timetableRowKey = (stageId: number) => `stage-${stageId}`;

type Problems = Map<number, string[]>;

function refuse(problems: Problems, code: "INVALID" | "CONFLICT" = "INVALID"): never {
  const messages = [...problems.values()].flat();
  const rows = problems.size === 1 ? "1 row needs" : `${problems.size} rows need`;
  throw new AppError(code, `${rows} fixing, nothing was saved: ${messages.join(" ")}`, {
    ...Object.fromEntries([...problems].map(([stageId, list]) => [timetableRowKey(stageId), list])),
  });
}

async function lockStages(tx: Tx, eventId: number) {
  const event = await tx.event.findUnique({ where: { id: eventId }, select: { timeZone: true } });
  if (!event) throw goneError("event");
  // Every stage of the event, locked in id order: a concurrent move or publish waits for the table.
  await tx.$queryRaw`SELECT id FROM stage WHERE event_id = ${eventId} ORDER BY id FOR NO KEY UPDATE`;
  const stages = await tx.stage.findMany({ where: { eventId }, include: { _count: { select: { results: true } } } });
  return { timeZone: event.timeZone, stages: new Map(stages.map((stage) => [stage.id, stage])) };
}

/**
 * Saves an event's whole timetable (starts, routes, distances) in one transaction, with the rules of
 * a single move for every start that changes: a start moves only to a time still to come (database
 * clock at the write), never once the stage has locked, never once results are entered, and stages
 * stay in number order. Every bad row is named; one bad row saves nothing.
 */
export async function saveTimetable(db: Db, input: SaveTimetableInput) {
  return db.$transaction(async (tx) => {
    const { timeZone, stages } = await lockStages(tx, input.eventId);
    const problems: Problems = new Map();
    const fail = (stageId: number, message: string) => problems.set(stageId, [...(problems.get(stageId) ?? []), message]);
    const seen = new Set<number>();
    for (const row of input.rows) {
      const stage = stages.get(row.stageId);
      if (!stage || seen.has(row.stageId)) throw new AppError("CONFLICT", msg("admin.errors.timetableMismatch"));
      seen.add(row.stageId);
      if (stage.version !== row.expectedVersion) {
        fail(stage.id, `${stageLabelCapitalised(stage)} was changed by someone else since you opened the timetable: reload to see it.`);
      }
    }
    if (problems.size > 0) refuse(problems, "CONFLICT");

    const now = await getDatabaseClockNow(tx);
    const changes = input.rows.flatMap((row) => {
      const stage = stages.get(row.stageId)!;
      const name = stageLabelCapitalised(stage);
      // Compared at the minute the form shows: a start set to the second ("Lock now") is unchanged.
      const isMoved = utcToLocalInput(stage.startsAt, timeZone) !== row.startsAtLocal;
      const startsAt = isMoved ? localInputToUtc(row.startsAtLocal, timeZone) : stage.startsAt;
      if (!startsAt) {
        fail(stage.id, `${name}: ${row.startsAtLocal.replace("T", " ")} does not exist in ${timeZone} (the clocks jump forward then).`);
        return [];
      }
      if (isMoved && stage.startsAt <= now) {
        fail(stage.id, `${name} locked at ${formatInTimeZone(stage.startsAt, timeZone)} local time: its start cannot change any more.`);
      } else if (isMoved && startsAt <= now) {
        fail(
          stage.id,
          `${name}: ${formatInTimeZone(startsAt, timeZone, { year: "numeric" })} has passed (it is ${formatInTimeZone(now, timeZone)} local time): a start cannot move into the past.`,
        );
      } else if (isMoved && stage._count.results > 0) {
        fail(stage.id, `${name}: results are entered for ${stageLabel(stage)}, so its start cannot move.`);
      }
      const { startTown, finishTown, specialKm, totalKm } = row;
      const diff = diffFields(stage, { startsAt, startTown, finishTown, specialKm, totalKm });
      return diff.changed.length === 0 ? [] : [{ stage, startsAt, isMoved, diff }];
    });
    if (problems.size > 0) refuse(problems);
    if (changes.length === 0) return { changed: 0, rescored: false };

    for (const { stage, diff } of changes) {
      await tx.stage.update({ where: { id: stage.id }, data: { ...diff.after, version: { increment: 1 } } });
    }
    // Order is checked on the saved table, so a whole timetable shifted by a day is one valid edit.
    for (const { stage, startsAt, isMoved } of changes) {
      if (!isMoved) continue;
      await assertStageOrder(tx, stage.eventId, timeZone, { ...stage, startsAt }, null).catch((error: unknown) => {
        if (!(error instanceof AppError)) throw error;
        fail(stage.id, `${error.message}.`);
      });
    }
    if (problems.size > 0) refuse(problems);

    const moved = changes.filter((change) => change.isMoved);
    let rescored = false;
    if (moved.length > 0) {
      await lockScoring(tx, input.eventId);
      const firstNumber = Math.min(...moved.map(({ stage }) => stage.number));
      rescored = (await countPublishedStagesAfter(tx, input.eventId, firstNumber - 1)) > 0;
      await rescoreAfterChange(tx, input.eventId, { isPublishedAffected: rescored });
    }
    for (const { stage, diff, isMoved } of changes) {
      const local = (at: Date) => (isMoved ? { local: formatInTimeZone(at, timeZone), timeZone } : {});
      await writeAudit(tx, {
        actorId: input.actorId,
        action: "edit-timetable",
        entityType: "stage",
        entityId: stage.id,
        before: { ...diff.before, ...local(stage.startsAt) },
        after: { ...diff.after, ...local(diff.after.startsAt as Date) },
      });
    }
    return { changed: changes.length, rescored };
  }, SCORING_TRANSACTION_OPTIONS);
}
