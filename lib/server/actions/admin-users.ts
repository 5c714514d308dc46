"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { db } from "@/lib/server/db";
import { requireAdmin } from "@/lib/server/auth/session";
import { toActionResult, type ActionResult } from "@/lib/server/errors";
import { setUserRole } from "@/lib/server/users/set-user-role";
import { emailSchema } from "@/lib/validation/auth";

const roleChangeSchema = z.object({ email: emailSchema, role: z.enum(["ADMIN", "PLAYER"]) });

export async function setUserRoleAction(_previous: ActionResult | null, formData: FormData): Promise<ActionResult> {
  try {
    const admin = await requireAdmin();
    const input = roleChangeSchema.parse({ email: formData.get("email"), role: formData.get("role") });
    const { changed } = await setUserRole(db, { ...input, actorId: admin.id });
    revalidatePath("/admin/users");
    const verb = input.role === "ADMIN" ? "is now an admin" : "is no longer an admin";
    return { ok: true, message: changed ? `${input.email} ${verb}.` : `${input.email} already had that role.` };
  } catch (error) {
    return toActionResult(error);
  }
}
