"use server";

import { db } from "@/lib/server/db";
import { getRequestTranslate, resolveRequestLocale } from "@/lib/server/i18n/request-locale";
import { msg } from "@/lib/i18n/translate";
import { formatInTimeZone, timeZoneLabel } from "@/lib/format/date-time";
import { stageTitleValues } from "@/lib/format/stage-label";
import { adminAction, EVERY_PAGE } from "@/lib/server/form-action";
import { rescoredNote } from "@/lib/server/admin/rescore";
import { createStage, updateStage } from "@/lib/server/admin/save-stage";
import { lockStageNow, moveStageStart } from "@/lib/server/admin/move-stage-start";
import { setStageCancelled } from "@/lib/server/admin/cancel-stage";
import { requestWording } from "@/lib/server/admin/request-wording";
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
  run: async (input, admin) => createStage(db, { ...input, actorId: admin.id }, await requestWording()),
  revalidate: [EVERY_PAGE],
  done: async (created) => {
    const t = await getRequestTranslate();
    const stage = t(msg("common.stageTitle"), stageTitleValues({ number: created.number, name: null }));
    return t(msg("admin.action.stageAdded"), { stage, rescored: rescoredNote(created.rescored, t) });
  },
});

export const updateStageAction = adminAction({
  form: STAGE_FIELDS,
  echo: STAGE_FIELDS,
  schema: updateStageSchema,
  run: async (input, admin) => updateStage(db, { ...input, actorId: admin.id }, await requestWording()),
  revalidate: [EVERY_PAGE],
  done: async ({ changed }) => (await getRequestTranslate())(changed ? msg("admin.action.stageSaved") : msg("admin.action.nothingChanged")),
});

export const moveStageStartAction = adminAction({
  form: START_FIELDS,
  echo: START_FIELDS,
  schema: moveStageStartSchema,
  run: async (input, admin) => moveStageStart(db, { ...input, actorId: admin.id }, await requestWording()),
  revalidate: [EVERY_PAGE],
  done: async (moved) => {
    const [t, locale] = await Promise.all([getRequestTranslate(), resolveRequestLocale()]);
    if (!moved.changed) return t(msg("admin.action.startUnchanged"));
    const message = t(msg("admin.action.startMoved"), {
      local: formatInTimeZone(moved.startsAt, moved.timeZone, {}, locale),
      zone: timeZoneLabel(moved.startsAt, moved.timeZone, locale),
      utc: formatInTimeZone(moved.startsAt, "UTC", { weekday: undefined }, locale),
    });
    return `${message}${rescoredNote(moved.rescored, t)}`;
  },
});

export const setStageCancelledAction = adminAction({
  form: CANCEL_FIELDS,
  echo: CANCEL_FIELDS,
  schema: stageCancellationSchema,
  run: async (input, admin) => setStageCancelled(db, { ...input, actorId: admin.id }, await requestWording()),
  revalidate: [EVERY_PAGE],
  done: async (saved, { cancelled }) => {
    const t = await getRequestTranslate();
    if (!saved.changed) return t(cancelled ? msg("admin.action.alreadyCancelled") : msg("admin.action.notCancelled"));
    const status = t(cancelled ? msg("admin.action.stageCancelled") : msg("admin.action.stageRestored"));
    return `${status}${rescoredNote(saved.rescored, t)}`;
  },
});

export const lockStageNowAction = adminAction({
  form: ["stageId", "version"] as const,
  echo: ["stageId", "version"] as const,
  schema: lockStageNowSchema,
  run: async (input, admin) => lockStageNow(db, { ...input, actorId: admin.id }, await requestWording()),
  revalidate: [EVERY_PAGE],
  done: async (locked) => {
    const [t, locale] = await Promise.all([getRequestTranslate(), resolveRequestLocale()]);
    const message = t(msg("admin.action.lockedNow"), { local: formatInTimeZone(locked.startsAt, locked.timeZone, {}, locale) });
    return `${message}${rescoredNote(locked.rescored, t)}`;
  },
});
