"use server";

import { revalidatePath } from "next/cache";
import { signOut } from "@/auth";
import { db } from "@/lib/server/db";
import { requireUser } from "@/lib/server/auth/session";
import { echoFields, toActionResult, type ActionResult } from "@/lib/server/errors";
import { changeDisplayName, changePassword, deleteAccount } from "@/lib/server/users/update-account";
import { accountDeletionSchema, displayNameChangeSchema, passwordChangeSchema } from "@/lib/validation/account";

const optional = (value: FormDataEntryValue | null) => (typeof value === "string" && value !== "" ? value : undefined);

export async function changeDisplayNameAction(_previous: ActionResult | null, formData: FormData): Promise<ActionResult> {
  try {
    const user = await requireUser();
    const input = displayNameChangeSchema.parse({ displayName: formData.get("displayName") });
    await changeDisplayName(db, user.id, input.displayName);
    revalidatePath("/", "layout");
    return { ok: true, message: `Your display name is now ${input.displayName}.` };
  } catch (error) {
    return { ...toActionResult(error), values: echoFields(formData, ["displayName"]) };
  }
}

export async function changePasswordAction(_previous: ActionResult | null, formData: FormData): Promise<ActionResult> {
  try {
    const user = await requireUser();
    const input = passwordChangeSchema.parse({
      currentPassword: optional(formData.get("currentPassword")),
      newPassword: formData.get("newPassword"),
      confirmPassword: formData.get("confirmPassword"),
    });
    await changePassword(db, user.id, input);
    return { ok: true, message: "Password changed." };
  } catch (error) {
    return toActionResult(error);
  }
}

export async function deleteAccountAction(_previous: ActionResult | null, formData: FormData): Promise<ActionResult> {
  try {
    const user = await requireUser();
    const input = accountDeletionSchema.parse({ confirm: formData.get("confirm"), currentPassword: optional(formData.get("currentPassword")) });
    await deleteAccount(db, user.id, input.currentPassword);
  } catch (error) {
    return toActionResult(error);
  }
  await signOut({ redirectTo: "/?account=deleted" });
  return { ok: true };
}
