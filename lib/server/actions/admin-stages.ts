"use server";

import { db } from "@/lib/server/db";
import { formatInTimeZone, timeZoneLabel } from "@/lib/format/date-time";
import { stageTitle } from "@/lib/format/stage-label";
import { adminAction, EVERY_PAGE } from "@/lib/server/form-action";
import { rescoredNote } from "@/lib/server/admin/rescore";
import { createStage, updateStage } from "@/lib/server/admin/save-stage";
import { lockStageNow, moveStageStart } from "@/lib/server/admin/move-stage-start";
import { setStageCancelled } from "@/lib/server/admin/cancel-stage";
import {
  createStageSchema,
  lockStageNowSchema,
  moveStageStartSchema,
  stageCancellationSchema,
  updateStageSchema,
} from "@/lib/validation/admin-events";

const STAGE_FIELDS = [
  "eventId",
  "stageId",
  "version",
  "number",
  "name",
  "type",
  "startTown",
  "finishTown",
  "specialKm",
  "totalKm",
  "note",
  "startsAtLocal",
] as const;
const START_FIELDS = ["stageId", "version", "startsAtLocal"] as const;
const CANCEL_FIELDS = ["stageId", "version", "cancelled"] as const;

export const createStageAction = adminAction({
  form: STAGE_FIELDS,
  echo: STAGE_FIELDS,
  schema: createStageSchema,
  run: (input, admin) => createStage(db, { ...input, actorId: admin.id }),
  revalidate: [EVERY_PAGE],
  done: (created) => {
    const name = stageTitle({ number: created.number, name: null });
    return `${name} added.${rescoredNote(created.rescored)} Add the next one, or go back to the event.`;
  },
});

export const updateStageAction = adminAction({
  form: STAGE_FIELDS,
  echo: STAGE_FIELDS,
  schema: updateStageSchema,
  run: (input, admin) => updateStage(db, { ...input, actorId: admin.id }),
  revalidate: [EVERY_PAGE],
  done: ({ changed }) => (changed ? "Stage saved." : "Nothing changed."),
});

export const moveStageStartAction = adminAction({
  form: START_FIELDS,
  echo: START_FIELDS,
  schema: moveStageStartSchema,
  run: (input, admin) => moveStageStart(db, { ...input, actorId: admin.id }),
  revalidate: [EVERY_PAGE],
  done: (moved) => {
    if (!moved.changed) return "The start is already at that time.";
    const local = `${formatInTimeZone(moved.startsAt, moved.timeZone)} local (${timeZoneLabel(moved.startsAt, moved.timeZone)})`;
    const utc = formatInTimeZone(moved.startsAt, "UTC", { weekday: undefined });
    return `Start moved: the stage now locks at ${local}, ${utc} UTC.${rescoredNote(moved.rescored)}`;
  },
});

export const setStageCancelledAction = adminAction({
  form: CANCEL_FIELDS,
  echo: CANCEL_FIELDS,
  schema: stageCancellationSchema,
  run: (input, admin) => setStageCancelled(db, { ...input, actorId: admin.id }),
  revalidate: [EVERY_PAGE],
  done: (saved, { cancelled }) => {
    if (!saved.changed) return cancelled ? "The stage was already cancelled." : "The stage was not cancelled.";
    const status = cancelled ? "Stage cancelled: it scores nothing for anyone." : "Stage restored: it locks at its start again.";
    return `${status}${rescoredNote(saved.rescored)}`;
  },
});

export const lockStageNowAction = adminAction({
  form: ["stageId", "version"] as const,
  echo: ["stageId", "version"] as const,
  schema: lockStageNowSchema,
  run: (input, admin) => lockStageNow(db, { ...input, actorId: admin.id }),
  revalidate: [EVERY_PAGE],
  done: (locked) =>
    `Locked at ${formatInTimeZone(locked.startsAt, locked.timeZone)} local: picks saved until now count for this stage.${rescoredNote(locked.rescored)}`,
});
