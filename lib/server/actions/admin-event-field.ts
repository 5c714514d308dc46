"use server";

import { revalidatePath } from "next/cache";
import { db } from "@/lib/server/db";
import { requireAdmin } from "@/lib/server/auth/session";
import type { ActionResult } from "@/lib/server/errors";
import { readForm, refuseForm } from "@/lib/server/admin/form-data";
import { createTeam, updateTeam } from "@/lib/server/admin/save-team";
import { createCrew, updateCrew } from "@/lib/server/admin/save-crew";
import { setCrewRetirement } from "@/lib/server/admin/retire-crew";
import { createCrewSchema, createTeamSchema, crewRetirementSchema, updateCrewSchema, updateTeamSchema } from "@/lib/validation/admin-events";

// Teams and crews: the event's field.

const TEAM_FIELDS = ["eventId", "teamId", "name", "manufacturer", "vehicle", "note"] as const;
const CREW_FIELDS = [
  "eventId", "crewId", "version", "teamId", "number", "driver", "driverNationality", "coDriver",
  "coDriverNationality", "vehicle", "category", "price", "isSamplePrice", "source",
] as const;
const RETIREMENT_FIELDS = ["crewId", "version", "retiredAfterStageId"] as const;

const RESCORED = " Published scores were recalculated.";

export async function createTeamAction(_previous: ActionResult | null, formData: FormData): Promise<ActionResult> {
  let name: string;
  try {
    const admin = await requireAdmin();
    const input = createTeamSchema.parse(readForm(formData, TEAM_FIELDS));
    ({ name } = await createTeam(db, { ...input, actorId: admin.id }));
  } catch (error) {
    return refuseForm(error, formData, TEAM_FIELDS);
  }
  revalidatePath("/", "layout");
  return { ok: true, message: `Team ${name} added.` };
}

export async function updateTeamAction(_previous: ActionResult | null, formData: FormData): Promise<ActionResult> {
  let changed: boolean;
  try {
    const admin = await requireAdmin();
    const input = updateTeamSchema.parse(readForm(formData, TEAM_FIELDS));
    ({ changed } = await updateTeam(db, { ...input, actorId: admin.id }));
  } catch (error) {
    return refuseForm(error, formData, TEAM_FIELDS);
  }
  revalidatePath("/", "layout");
  return { ok: true, message: changed ? "Team saved." : "Nothing changed." };
}

export async function createCrewAction(_previous: ActionResult | null, formData: FormData): Promise<ActionResult> {
  let label: string;
  try {
    const admin = await requireAdmin();
    const input = createCrewSchema.parse(readForm(formData, CREW_FIELDS));
    const crew = await createCrew(db, { ...input, actorId: admin.id });
    label = `${crew.number === null ? "" : `#${crew.number} `}${crew.driver}`;
  } catch (error) {
    return refuseForm(error, formData, CREW_FIELDS);
  }
  revalidatePath("/", "layout");
  return { ok: true, message: `Crew ${label} added. Add another, or go back to the event.` };
}

export async function updateCrewAction(_previous: ActionResult | null, formData: FormData): Promise<ActionResult> {
  let saved: Awaited<ReturnType<typeof updateCrew>>;
  try {
    const admin = await requireAdmin();
    const input = updateCrewSchema.parse(readForm(formData, CREW_FIELDS));
    saved = await updateCrew(db, { ...input, actorId: admin.id });
  } catch (error) {
    return refuseForm(error, formData, CREW_FIELDS);
  }
  revalidatePath("/", "layout");
  if (!saved.changed) return { ok: true, message: "Nothing changed." };
  const price = saved.priceChanged ? " The new price applies to roster saves from now on; rosters already saved keep this crew." : "";
  return { ok: true, message: `Crew saved.${price}${saved.rescored ? RESCORED : ""}` };
}

export async function setCrewRetirementAction(_previous: ActionResult | null, formData: FormData): Promise<ActionResult> {
  let saved: Awaited<ReturnType<typeof setCrewRetirement>>;
  try {
    const admin = await requireAdmin();
    const input = crewRetirementSchema.parse(readForm(formData, RETIREMENT_FIELDS));
    saved = await setCrewRetirement(db, { ...input, actorId: admin.id });
  } catch (error) {
    return refuseForm(error, formData, RETIREMENT_FIELDS);
  }
  revalidatePath("/", "layout");
  if (!saved.changed) return { ok: true, message: "Nothing changed." };
  const status = saved.retiredAfter ? `Marked out of the rally after ${saved.retiredAfter}.` : "Back in the rally.";
  return { ok: true, message: `${status}${saved.rescored ? RESCORED : ""}` };
}
