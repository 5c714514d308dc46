"use server";

import { revalidatePath } from "next/cache";
import { db } from "@/lib/server/db";
import { requireUser } from "@/lib/server/auth/session";
import { toActionResult, type ActionResult } from "@/lib/server/errors";
import { saveRoster } from "@/lib/server/picks/save-roster";
import { savePodiumCall } from "@/lib/server/picks/save-podium-call";
import { savePodiumCallSchema, saveRosterSchema } from "@/lib/validation/play";

export async function saveRosterAction(_previous: ActionResult | null, formData: FormData): Promise<ActionResult> {
  try {
    const user = await requireUser();
    const input = saveRosterSchema.parse({
      eventSlug: formData.get("eventSlug"),
      crewIds: formData.getAll("crewId"),
      captainId: formData.get("captainId"),
    });
    const saved = await saveRoster(db, { userId: user.id, ...input });
    revalidatePath(`/play/${input.eventSlug}`);
    const stage = saved.appliesFromStage === 0 ? "the prologue" : `stage ${saved.appliesFromStage}`;
    return { ok: true, message: `Roster saved. It counts from ${stage}.` };
  } catch (error) {
    return toActionResult(error);
  }
}

export async function savePodiumCallAction(_previous: ActionResult | null, formData: FormData): Promise<ActionResult> {
  try {
    const user = await requireUser();
    const input = savePodiumCallSchema.parse({
      eventSlug: formData.get("eventSlug"),
      stageNumber: formData.get("stageNumber"),
      p1: formData.get("p1"),
      p2: formData.get("p2"),
      p3: formData.get("p3"),
      featuredBest: formData.get("featuredBest"),
    });
    await savePodiumCall(db, {
      userId: user.id,
      eventSlug: input.eventSlug,
      stageNumber: input.stageNumber,
      podium: [input.p1, input.p2, input.p3],
      featuredBestId: input.featuredBest === "none" ? null : input.featuredBest,
    });
    revalidatePath(`/play/${input.eventSlug}`);
    return { ok: true, message: "Podium call saved." };
  } catch (error) {
    return toActionResult(error);
  }
}
