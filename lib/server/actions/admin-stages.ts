"use server";

import { revalidatePath } from "next/cache";
import { db } from "@/lib/server/db";
import { formatInTimeZone, timeZoneLabel } from "@/lib/format/date-time";
import { requireAdmin } from "@/lib/server/auth/session";
import type { ActionResult } from "@/lib/server/errors";
import { readForm, refuseForm } from "@/lib/server/admin/form-data";
import { createStage, updateStage } from "@/lib/server/admin/save-stage";
import { lockStageNow, moveStageStart } from "@/lib/server/admin/move-stage-start";
import { setStageCancelled } from "@/lib/server/admin/cancel-stage";
import { createStageSchema, lockStageNowSchema, moveStageStartSchema, stageCancellationSchema, updateStageSchema } from "@/lib/validation/admin-events";

const STAGE_FIELDS = ["eventId", "stageId", "version", "number", "name", "type", "startTown", "finishTown", "specialKm", "totalKm", "note", "startsAtLocal"] as const;
const START_FIELDS = ["stageId", "version", "startsAtLocal"] as const;
const CANCEL_FIELDS = ["stageId", "version", "cancelled"] as const;

const RESCORED = " Published scores were recalculated.";

export async function createStageAction(_previous: ActionResult | null, formData: FormData): Promise<ActionResult> {
  let created: Awaited<ReturnType<typeof createStage>>;
  try {
    const admin = await requireAdmin();
    const input = createStageSchema.parse(readForm(formData, STAGE_FIELDS));
    created = await createStage(db, { ...input, actorId: admin.id });
  } catch (error) {
    return refuseForm(error, formData, STAGE_FIELDS);
  }
  revalidatePath("/", "layout");
  const name = created.number === 0 ? "Prologue" : `Stage ${created.number}`;
  return { ok: true, message: `${name} added.${created.rescored ? RESCORED : ""} Add the next one, or go back to the event.` };
}

export async function updateStageAction(_previous: ActionResult | null, formData: FormData): Promise<ActionResult> {
  let changed: boolean;
  try {
    const admin = await requireAdmin();
    const input = updateStageSchema.parse(readForm(formData, STAGE_FIELDS));
    ({ changed } = await updateStage(db, { ...input, actorId: admin.id }));
  } catch (error) {
    return refuseForm(error, formData, STAGE_FIELDS);
  }
  revalidatePath("/", "layout");
  return { ok: true, message: changed ? "Stage saved." : "Nothing changed." };
}

export async function moveStageStartAction(_previous: ActionResult | null, formData: FormData): Promise<ActionResult> {
  let moved: Awaited<ReturnType<typeof moveStageStart>>;
  try {
    const admin = await requireAdmin();
    const input = moveStageStartSchema.parse(readForm(formData, START_FIELDS));
    moved = await moveStageStart(db, { ...input, actorId: admin.id });
  } catch (error) {
    return refuseForm(error, formData, START_FIELDS);
  }
  revalidatePath("/", "layout");
  if (!moved.changed) return { ok: true, message: "The start is already at that time." };
  const local = `${formatInTimeZone(moved.startsAt, moved.timeZone)} local (${timeZoneLabel(moved.startsAt, moved.timeZone)})`;
  const utc = formatInTimeZone(moved.startsAt, "UTC", { weekday: undefined });
  return { ok: true, message: `Start moved: the stage now locks at ${local}, ${utc} UTC.${moved.rescored ? RESCORED : ""}` };
}

export async function setStageCancelledAction(_previous: ActionResult | null, formData: FormData): Promise<ActionResult> {
  let saved: Awaited<ReturnType<typeof setStageCancelled>>;
  let cancelled: boolean;
  try {
    const admin = await requireAdmin();
    const input = stageCancellationSchema.parse(readForm(formData, CANCEL_FIELDS));
    cancelled = input.cancelled;
    saved = await setStageCancelled(db, { ...input, actorId: admin.id });
  } catch (error) {
    return refuseForm(error, formData, CANCEL_FIELDS);
  }
  revalidatePath("/", "layout");
  if (!saved.changed) return { ok: true, message: cancelled ? "The stage was already cancelled." : "The stage was not cancelled." };
  const status = cancelled ? "Stage cancelled: it scores nothing for anyone." : "Stage restored: it locks at its start again.";
  return { ok: true, message: `${status}${saved.rescored ? RESCORED : ""}` };
}

const LOCK_FIELDS = ["stageId", "version"] as const;

export async function lockStageNowAction(_previous: ActionResult | null, formData: FormData): Promise<ActionResult> {
  let locked: Awaited<ReturnType<typeof lockStageNow>>;
  try {
    const admin = await requireAdmin();
    const input = lockStageNowSchema.parse(readForm(formData, LOCK_FIELDS));
    locked = await lockStageNow(db, { ...input, actorId: admin.id });
  } catch (error) {
    return refuseForm(error, formData, LOCK_FIELDS);
  }
  revalidatePath("/", "layout");
  const local = `${formatInTimeZone(locked.startsAt, locked.timeZone)} local`;
  return { ok: true, message: `Locked at ${local}: picks saved until now count for this stage.${locked.rescored ? RESCORED : ""}` };
}
