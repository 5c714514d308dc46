"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { db } from "@/lib/server/db";
import { requireAdmin } from "@/lib/server/auth/session";
import type { ActionResult } from "@/lib/server/errors";
import { readForm, refuseForm } from "@/lib/server/admin/form-data";
import { createSeason, updateSeason } from "@/lib/server/admin/save-season";
import { createEvent, updateEvent } from "@/lib/server/admin/save-event";
import { createEventSchema, createSeasonSchema, updateEventSchema, updateSeasonSchema } from "@/lib/validation/admin-events";

const SEASON_FIELDS = ["seasonId", "slug", "name", "year"] as const;
const EVENT_FIELDS = ["seasonId", "slug", "name", "country", "timeZone", "startDate", "endDate", "status", "isSample", "description", "rules"] as const;
const CREATE_EVENT_FIELDS = [...EVENT_FIELDS, "featuredTeamName"] as const;
const UPDATE_EVENT_FIELDS = [...EVENT_FIELDS, "eventId", "version", "featuredTeamId"] as const;

const RESCORED = " Published scores were recalculated.";

export async function createSeasonAction(_previous: ActionResult | null, formData: FormData): Promise<ActionResult> {
  try {
    const admin = await requireAdmin();
    const input = createSeasonSchema.parse(readForm(formData, SEASON_FIELDS));
    await createSeason(db, { ...input, actorId: admin.id });
  } catch (error) {
    return refuseForm(error, formData, SEASON_FIELDS);
  }
  revalidatePath("/admin", "layout");
  return { ok: true, message: "Season created." };
}

export async function updateSeasonAction(_previous: ActionResult | null, formData: FormData): Promise<ActionResult> {
  let changed: boolean;
  try {
    const admin = await requireAdmin();
    const input = updateSeasonSchema.parse(readForm(formData, SEASON_FIELDS));
    ({ changed } = await updateSeason(db, { ...input, actorId: admin.id }));
  } catch (error) {
    return refuseForm(error, formData, SEASON_FIELDS);
  }
  revalidatePath("/", "layout");
  return { ok: true, message: changed ? "Season saved." : "Nothing changed." };
}

export async function createEventAction(_previous: ActionResult | null, formData: FormData): Promise<ActionResult> {
  let slug: string;
  try {
    const admin = await requireAdmin();
    const input = createEventSchema.parse(readForm(formData, CREATE_EVENT_FIELDS));
    ({ slug } = await createEvent(db, { ...input, actorId: admin.id }));
  } catch (error) {
    return refuseForm(error, formData, CREATE_EVENT_FIELDS);
  }
  revalidatePath("/", "layout");
  redirect(`/admin/events/${slug}?created=1`);
}

export async function updateEventAction(_previous: ActionResult | null, formData: FormData): Promise<ActionResult> {
  let saved: Awaited<ReturnType<typeof updateEvent>>;
  try {
    const admin = await requireAdmin();
    const input = updateEventSchema.parse(readForm(formData, UPDATE_EVENT_FIELDS));
    saved = await updateEvent(db, { ...input, actorId: admin.id });
  } catch (error) {
    return refuseForm(error, formData, UPDATE_EVENT_FIELDS);
  }
  revalidatePath("/", "layout");
  if (saved.slug !== saved.previousSlug) redirect(`/admin/events/${saved.slug}`);
  if (!saved.changed) return { ok: true, message: "Nothing changed." };
  return { ok: true, message: `Event saved.${saved.rescored ? RESCORED : ""}` };
}
