"use server";

import { revalidatePath } from "next/cache";
import { AuthError } from "next-auth";
import { redirect } from "next/navigation";
import { signIn, signOut } from "@/auth";
import { getClientIp } from "@/lib/server/auth/client-ip";
import { bumpSessionVersion } from "@/lib/server/auth/session-claims";
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
    return { ...(await toActionResult(error)), values: echoFields(formData, ["displayName"]) };
  }
}

export async function changePasswordAction(_previous: ActionResult | null, formData: FormData): Promise<ActionResult> {
  let email: string | null;
  let newPassword: string;
  try {
    const user = await requireUser();
    const input = passwordChangeSchema.parse({
      currentPassword: optional(formData.get("currentPassword")),
      newPassword: formData.get("newPassword"),
      confirmPassword: formData.get("confirmPassword"),
    });
    await changePassword(db, user.id, input, { ip: await getClientIp() });
    ({ email } = user);
    ({ newPassword } = input);
  } catch (error) {
    return toActionResult(error);
  }
  // The change ended every session, this one too: sign this browser in again with the new password,
  // and reload the page so that it renders with the new session cookie, not the request's old one.
  if (email && (await signInAgain(email, newPassword))) redirect("/account?notice=password-changed");
  redirect("/sign-in?notice=password-changed");
}

async function signInAgain(email: string, password: string): Promise<boolean> {
  try {
    await signIn("credentials", { email, password, redirect: false });
    return true;
  } catch (error) {
    if (error instanceof AuthError) return false;
    throw error;
  }
}

export async function deleteAccountAction(_previous: ActionResult | null, formData: FormData): Promise<ActionResult> {
  try {
    const user = await requireUser();
    const input = accountDeletionSchema.parse({
      confirm: formData.get("confirm"),
      currentPassword: optional(formData.get("currentPassword")),
    });
    await deleteAccount(db, user.id, input.currentPassword, { ip: await getClientIp() });
  } catch (error) {
    return toActionResult(error);
  }
  await signOut({ redirectTo: "/?account=deleted" });
  return { ok: true };
}

/** "Sign out everywhere": every session of the account ends, this one included. */
export async function signOutEverywhereAction(): Promise<ActionResult> {
  try {
    const user = await requireUser();
    await bumpSessionVersion(db, user.id);
  } catch (error) {
    return toActionResult(error);
  }
  await signOut({ redirectTo: "/sign-in?notice=signed-out-everywhere" });
  return { ok: true };
}
