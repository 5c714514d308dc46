import "server-only";
import type { Db, Tx } from "@/lib/server/db";
import type { StageFields } from "@/lib/validation/admin-events";
import { diffFields, writeAudit, type Actor } from "./audit";
import { countPublishedStagesAfter } from "./published-results";
import { lockScoring, rescoreAfterChange, SCORING_TRANSACTION_OPTIONS } from "./rescore";
import { msg } from "@/lib/i18n/translate";
import { fieldError, goneError, lockVersionedRow, withUniqueField } from "./row-guards";
import { assertStageOrder } from "./stage-order";
import { ENGLISH_WORDING, type Wording } from "./wording";
import { localInputToUtc } from "@/lib/format/zoned-time";

const NUMBER_TAKEN = msg("admin.errors.stageNumberTaken");

async function assertNumberFree(tx: Tx, eventId: number, number: number, stageId?: number) {
  const taken = await tx.stage.findFirst({
    where: { eventId, number, ...(stageId ? { id: { not: stageId } } : {}) },
    select: { id: true },
  });
  if (taken) throw fieldError("CONFLICT", "number", NUMBER_TAKEN);
}

/** A local start (datetime-local text) in the event's zone as UTC, or a field error on `startsAtLocal`. */
export function toStageStart(startsAtLocal: string, timeZone: string, { t }: Wording = ENGLISH_WORDING): Date {
  const startsAt = localInputToUtc(startsAtLocal, timeZone);
  if (!startsAt) {
    throw fieldError(
      "INVALID",
      "startsAtLocal",
      t(msg("admin.errors.noSuchTime"), { local: startsAtLocal.replace("T", " "), zone: timeZone }),
    );
  }
  return startsAt;
}

export async function createStage(
  db: Db,
  input: StageFields & Actor & { eventId: number; startsAtLocal: string },
  wording: Wording = ENGLISH_WORDING,
) {
  const { actorId, eventId, startsAtLocal, ...fields } = input;
  return withUniqueField(
    () =>
      db.$transaction(async (tx) => {
        const event = await tx.event.findUnique({ where: { id: eventId }, select: { timeZone: true } });
        if (!event) throw goneError("event");
        const startsAt = toStageStart(startsAtLocal, event.timeZone, wording);
        await assertNumberFree(tx, eventId, fields.number);
        await assertStageOrder(tx, eventId, event.timeZone, { ...fields, startsAt, status: "SCHEDULED" }, "startsAtLocal", wording);
        const stage = await tx.stage.create({ data: { ...fields, eventId, startsAt } });
        // A stage added before published ones (a late-typed past stage) changes their transfer counts.
        await lockScoring(tx, eventId);
        const rescore = (await countPublishedStagesAfter(tx, eventId, fields.number)) > 0;
        await rescoreAfterChange(tx, eventId, { isPublishedAffected: rescore });
        await writeAudit(tx, {
          actorId,
          action: "create-stage",
          entityType: "stage",
          entityId: stage.id,
          after: { eventId, ...fields, startsAt, startsAtLocal, timeZone: event.timeZone },
        });
        return { ...stage, rescored: rescore };
      }, SCORING_TRANSACTION_OPTIONS),
    "number",
    NUMBER_TAKEN,
  );
}

/** Edits a stage's details at the version the admin opened; the start moves with moveStageStart. */
export async function updateStage(
  db: Db,
  input: StageFields & Actor & { stageId: number; expectedVersion: number },
  wording: Wording = ENGLISH_WORDING,
) {
  const { actorId, stageId, expectedVersion, ...fields } = input;
  return withUniqueField(
    () =>
      db.$transaction(async (tx) => {
        await lockVersionedRow(tx, "stage", stageId, expectedVersion);
        const stage = await tx.stage.findUniqueOrThrow({ where: { id: stageId }, include: { event: { select: { timeZone: true } } } });
        const current = {
          number: stage.number,
          name: stage.name,
          type: stage.type,
          startTown: stage.startTown,
          finishTown: stage.finishTown,
          specialKm: stage.specialKm,
          totalKm: stage.totalKm,
          note: stage.note,
        };
        const diff = diffFields(current, fields);
        if (diff.changed.length === 0) return { changed: false };
        if (diff.changed.includes("number")) {
          await assertNumberFree(tx, stage.eventId, fields.number, stageId);
          await assertStageOrder(tx, stage.eventId, stage.event.timeZone, { ...stage, ...fields }, "number", wording);
        }
        await tx.stage.update({ where: { id: stageId }, data: { ...fields, version: { increment: 1 } } });
        await writeAudit(tx, {
          actorId,
          action: "update-stage",
          entityType: "stage",
          entityId: stageId,
          before: diff.before,
          after: diff.after,
        });
        return { changed: true };
      }),
    "number",
    NUMBER_TAKEN,
  );
}
