"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { db } from "@/lib/server/db";
import { requireUser } from "@/lib/server/auth/session";
import { echoFields, toActionResult, type ActionResult } from "@/lib/server/errors";
import { createLeague } from "@/lib/server/leagues/create-league";
import { joinLeague } from "@/lib/server/leagues/join-league";
import { renameLeague } from "@/lib/server/leagues/rename-league";
import { regenerateInviteCode } from "@/lib/server/leagues/regenerate-invite-code";
import { removeLeagueMember } from "@/lib/server/leagues/remove-league-member";
import { deleteLeague } from "@/lib/server/leagues/delete-league";
import { leaveLeague } from "@/lib/server/leagues/leave-league";
import { createLeagueSchema, joinLeagueSchema, leagueIdSchema, removeLeagueMemberSchema, renameLeagueSchema } from "@/lib/validation/leagues";

export async function createLeagueAction(_previous: ActionResult | null, formData: FormData): Promise<ActionResult> {
  let leagueId: number;
  try {
    const user = await requireUser();
    const input = createLeagueSchema.parse({ name: formData.get("name"), eventId: formData.get("eventId") });
    leagueId = (await createLeague(db, { ownerId: user.id, ...input })).id;
    revalidatePath("/leagues");
  } catch (error) {
    return { ...toActionResult(error), values: echoFields(formData, ["name", "eventId"]) };
  }
  redirect(`/leagues/${leagueId}?created=1`);
}

export async function joinLeagueAction(_previous: ActionResult | null, formData: FormData): Promise<ActionResult> {
  let leagueId: number;
  try {
    const user = await requireUser();
    const input = joinLeagueSchema.parse({ code: formData.get("code") });
    leagueId = (await joinLeague(db, { userId: user.id, code: input.code })).leagueId;
    revalidatePath("/leagues");
    revalidatePath(`/leagues/${leagueId}`);
  } catch (error) {
    return { ...toActionResult(error), values: echoFields(formData, ["code"]) };
  }
  redirect(`/leagues/${leagueId}`);
}

export async function renameLeagueAction(_previous: ActionResult | null, formData: FormData): Promise<ActionResult> {
  try {
    const user = await requireUser();
    const input = renameLeagueSchema.parse({ leagueId: formData.get("leagueId"), name: formData.get("name") });
    const { name } = await renameLeague(db, { userId: user.id, ...input });
    revalidatePath("/leagues");
    revalidatePath(`/leagues/${input.leagueId}`);
    return { ok: true, message: `League renamed to ${name}.` };
  } catch (error) {
    return { ...toActionResult(error), values: echoFields(formData, ["name"]) };
  }
}

export async function regenerateInviteCodeAction(_previous: ActionResult | null, formData: FormData): Promise<ActionResult> {
  try {
    const user = await requireUser();
    const input = leagueIdSchema.parse({ leagueId: formData.get("leagueId") });
    const { inviteCode } = await regenerateInviteCode(db, { userId: user.id, leagueId: input.leagueId });
    revalidatePath(`/leagues/${input.leagueId}`);
    return { ok: true, message: `New invite code ${inviteCode}: the old code and link no longer work.` };
  } catch (error) {
    return toActionResult(error);
  }
}

export async function removeLeagueMemberAction(_previous: ActionResult | null, formData: FormData): Promise<ActionResult> {
  try {
    const user = await requireUser();
    const input = removeLeagueMemberSchema.parse({ leagueId: formData.get("leagueId"), memberId: formData.get("memberId") });
    await removeLeagueMember(db, { userId: user.id, ...input });
    revalidatePath(`/leagues/${input.leagueId}`);
    return { ok: true, message: "Member removed." };
  } catch (error) {
    return toActionResult(error);
  }
}

export async function deleteLeagueAction(_previous: ActionResult | null, formData: FormData): Promise<ActionResult> {
  try {
    const user = await requireUser();
    const input = leagueIdSchema.parse({ leagueId: formData.get("leagueId") });
    await deleteLeague(db, { userId: user.id, leagueId: input.leagueId });
    revalidatePath("/leagues");
  } catch (error) {
    return toActionResult(error);
  }
  redirect("/leagues?notice=deleted");
}

export async function leaveLeagueAction(_previous: ActionResult | null, formData: FormData): Promise<ActionResult> {
  try {
    const user = await requireUser();
    const input = leagueIdSchema.parse({ leagueId: formData.get("leagueId") });
    await leaveLeague(db, { userId: user.id, leagueId: input.leagueId });
    revalidatePath("/leagues");
  } catch (error) {
    return toActionResult(error);
  }
  redirect("/leagues?notice=left");
}
