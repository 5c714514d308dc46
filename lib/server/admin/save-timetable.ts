import "server-only";
import type { Db, Tx } from "@/lib/server/db";
import { AppError } from "@/lib/server/errors";
import { getDatabaseClockNow } from "@/lib/server/clock";
import { formatInTimeZone } from "@/lib/format/date-time";
import { localInputToUtc, utcToLocalInput } from "@/lib/format/zoned-time";
import { diffFields, writeAudit, type Actor } from "./audit";
import { countPublishedStagesAfter } from "./published-results";
import { lockScoring, rescoreAfterChange, SCORING_TRANSACTION_OPTIONS } from "./rescore";
import { assertStageOrder } from "./stage-order";
import { goneError } from "./row-guards";
import { ENGLISH_WORDING, stageAtStart, stageInSentence, type Wording } from "./wording";
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

function refuse({ t }: Wording, problems: Problems, code: "INVALID" | "CONFLICT" = "INVALID"): never {
  const messages = [...problems.values()].flat();
  throw new AppError(code, t(msg("admin.errors.timetableRefused"), { count: problems.size, messages: messages.join(" ") }), {
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
export async function saveTimetable(db: Db, input: SaveTimetableInput, wording: Wording = ENGLISH_WORDING) {
  const { t, locale } = wording;
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
        fail(stage.id, t(msg("admin.errors.rowChanged"), { stage: stageAtStart(wording, stage) }));
      }
    }
    if (problems.size > 0) refuse(wording, problems, "CONFLICT");

    const now = await getDatabaseClockNow(tx);
    const changes = input.rows.flatMap((row) => {
      const stage = stages.get(row.stageId)!;
      const name = stageAtStart(wording, stage);
      const local = (at: Date, options: Intl.DateTimeFormatOptions = {}) => formatInTimeZone(at, timeZone, options, locale);
      // Compared at the minute the form shows: a start set to the second ("Lock now") is unchanged.
      const isMoved = utcToLocalInput(stage.startsAt, timeZone) !== row.startsAtLocal;
      const startsAt = isMoved ? localInputToUtc(row.startsAtLocal, timeZone) : stage.startsAt;
      if (!startsAt) {
        const missing = t(msg("admin.errors.noSuchTime"), { local: row.startsAtLocal.replace("T", " "), zone: timeZone });
        fail(stage.id, t(msg("admin.errors.rowProblem"), { stage: name, problem: missing }));
        return [];
      }
      if (isMoved && stage.startsAt <= now) {
        fail(stage.id, t(msg("admin.errors.rowLocked"), { stage: name, time: local(stage.startsAt) }));
      } else if (isMoved && startsAt <= now) {
        fail(stage.id, t(msg("admin.errors.rowPassed"), { stage: name, time: local(startsAt, { year: "numeric" }), now: local(now) }));
      } else if (isMoved && stage._count.results > 0) {
        fail(stage.id, t(msg("admin.errors.rowResults"), { stage: name, inSentence: stageInSentence(wording, stage) }));
      }
      const { startTown, finishTown, specialKm, totalKm } = row;
      const diff = diffFields(stage, { startsAt, startTown, finishTown, specialKm, totalKm });
      return diff.changed.length === 0 ? [] : [{ stage, startsAt, isMoved, diff }];
    });
    if (problems.size > 0) refuse(wording, problems);
    if (changes.length === 0) return { changed: 0, rescored: false };

    for (const { stage, diff } of changes) {
      await tx.stage.update({ where: { id: stage.id }, data: { ...diff.after, version: { increment: 1 } } });
    }
    // Order is checked on the saved table, so a whole timetable shifted by a day is one valid edit.
    for (const { stage, startsAt, isMoved } of changes) {
      if (!isMoved) continue;
      await assertStageOrder(tx, stage.eventId, timeZone, { ...stage, startsAt }, null, wording).catch((error: unknown) => {
        if (!(error instanceof AppError)) throw error;
        fail(stage.id, t(msg("admin.errors.sentence"), { text: error.message }));
      });
    }
    if (problems.size > 0) refuse(wording, problems);

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
