"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { signOut } from "@/auth";
import { signInWithPassword } from "@/lib/server/auth/sign-in-with-password";
import { getClientIp } from "@/lib/server/auth/client-ip";
import { bumpSessionVersion } from "@/lib/server/auth/session-claims";
import { db } from "@/lib/server/db";
import { EVERY_PAGE, userAction } from "@/lib/server/form-action";
import { changeDisplayName, changePassword, deleteAccount } from "@/lib/server/users/update-account";
import { getRequestTranslate } from "@/lib/server/i18n/request-locale";
import { msg } from "@/lib/i18n/translate";
import { accountDeletionSchema, displayNameChangeSchema, passwordChangeSchema } from "@/lib/validation/account";

/** An empty field is no value (OAuth-only accounts have no current password to give). */
const optional = (value: FormDataEntryValue | null) => (typeof value === "string" && value !== "" ? value : undefined);

export const changeDisplayNameAction = userAction({
  form: ["displayName"],
  echo: ["displayName"],
  schema: displayNameChangeSchema,
  run: (input, user) => changeDisplayName(db, user.id, input.displayName),
  revalidate: [EVERY_PAGE],
  done: async (_result, input) => (await getRequestTranslate())(msg("account.action.displayNameSaved"), { name: input.displayName }),
});

export const changePasswordAction = userAction({
  form: (formData) => ({
    currentPassword: optional(formData.get("currentPassword")),
    newPassword: formData.get("newPassword"),
    confirmPassword: formData.get("confirmPassword"),
  }),
  schema: passwordChangeSchema,
  run: async (input, user) => {
    await changePassword(db, user.id, input, { ip: await getClientIp() });
    return { email: user.email };
  },
  // The change ended every session, this one too: sign this browser in again with the new password,
  // and reload the page so that it renders with the new session cookie, not the request's old one.
  done: async ({ email }, { newPassword }) => {
    if (email && (await signInWithPassword(email, newPassword)) === "signed-in") redirect("/account?notice=password-changed");
    redirect("/sign-in?notice=password-changed");
  },
});

export const deleteAccountAction = userAction({
  form: (formData) => ({ confirm: formData.get("confirm"), currentPassword: optional(formData.get("currentPassword")) }),
  schema: accountDeletionSchema,
  run: async (input, user) => deleteAccount(db, user.id, input.currentPassword, { ip: await getClientIp() }),
  done: async () => {
    await signOut({ redirectTo: "/?account=deleted" });
    return undefined;
  },
});

/** "Sign out everywhere": every session of the account ends, this one included. */
export const signOutEverywhereAction = userAction({
  form: [],
  schema: z.object({}),
  run: (_input, user) => bumpSessionVersion(db, user.id),
  done: async () => {
    await signOut({ redirectTo: "/sign-in?notice=signed-out-everywhere" });
    return undefined;
  },
});
