"use server";

import { AuthError } from "next-auth";
import { redirect } from "next/navigation";
import { signIn } from "@/auth";
import { takeSignUpCallback } from "@/lib/server/auth/sign-up-callback";
import { z } from "zod";
import { db } from "@/lib/server/db";
import { formAction, userAction } from "@/lib/server/form-action";
import { getClientIp } from "@/lib/server/auth/client-ip";
import { resetPasswordWithLink } from "@/lib/server/auth/email-links";
import { AppError } from "@/lib/server/errors";
import {
  requestPasswordReset,
  requestVerificationEmail,
  saveNotificationPreferences,
  unsubscribe,
} from "@/lib/server/users/email-requests";
import { readUnsubscribeRequest } from "@/lib/server/notifications/unsubscribe-link";
import { forgotPasswordSchema, notificationPreferencesSchema, passwordResetSchema } from "@/lib/validation/account";

const visitor = async () => null;

/** The verification email's button: confirms the address and signs its reader in. */
export const confirmEmailAction = formAction(visitor, {
  form: ["token"],
  schema: z.object({
    token: z.string({ error: "This link is incomplete" }).min(20, "This link is incomplete").max(200, "This link is not valid"),
  }),
  run: async ({ token }) => {
    try {
      await signIn("email-link", { token, redirect: false });
    } catch (error) {
      if (error instanceof AuthError)
        throw new AppError("INVALID", "This link does not work any more (it was used, replaced or is over an hour old).");
      throw error;
    }
  },
  done: async () => redirect(await takeSignUpCallback()),
});

/** The same answer whether or not the address has an account. */
export const requestPasswordResetAction = formAction(visitor, {
  form: ["email"],
  echo: ["email"],
  schema: forgotPasswordSchema,
  run: async ({ email }) => requestPasswordReset(db, email, { ip: await getClientIp() }),
  done: () => "If an account uses this address, we have sent it a link to choose a new password. It works for one hour.",
});

export const resetPasswordAction = formAction(visitor, {
  form: ["token", "newPassword", "confirmPassword"],
  schema: passwordResetSchema,
  run: async ({ token, newPassword }) => {
    const email = await resetPasswordWithLink(db, token, newPassword);
    if (!email)
      throw new AppError("INVALID", "This link does not work any more (it was used, replaced or is over an hour old). Ask for a new one.");
    return email;
  },
  done: () => redirect("/sign-in?notice=password-reset"),
});

export const resendVerificationAction = userAction({
  form: [],
  schema: z.object({}),
  run: async (_input, user) => requestVerificationEmail(db, user.id, { ip: await getClientIp() }),
  done: (outcome) => (outcome === "queued" ? "We have sent a new link. It works for one hour." : "Your address is already confirmed."),
});

export const saveNotificationPreferencesAction = userAction({
  form: ["lockReminderEmail", "resultsEmail", "lockReminderPush", "resultsPush", "leadHours"],
  schema: notificationPreferencesSchema,
  run: (input, user) => saveNotificationPreferences(db, user.id, input),
  done: () => "Notification settings saved.",
});

/** The unsubscribe page's button: the link's signature is the permission, no sign-in needed. */
export const unsubscribeAction = formAction(visitor, {
  form: ["u", "t", "s"],
  schema: z.object({ u: z.unknown(), t: z.unknown(), s: z.unknown() }),
  run: async (query) => {
    const request = readUnsubscribeRequest(query);
    if (!request || !(await unsubscribe(db, request.userId, request.topic)))
      throw new AppError("NOT_FOUND", "This unsubscribe link is not valid.");
    return request.topic;
  },
  done: (topic) => (topic === "reminders" ? "Done: no more lock reminders by email." : "Done: no more results emails."),
});
