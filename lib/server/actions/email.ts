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
import { getRequestTranslate } from "@/lib/server/i18n/request-locale";
import { msg } from "@/lib/i18n/translate";
import { forgotPasswordSchema, notificationPreferencesSchema, passwordResetSchema } from "@/lib/validation/account";

const visitor = async () => null;

/** The verification email's button: confirms the address and signs its reader in. */
export const confirmEmailAction = formAction(visitor, {
  form: ["token"],
  schema: z.object({
    token: z
      .string({ error: msg("account.validation.linkIncomplete") })
      .min(20, msg("account.validation.linkIncomplete"))
      .max(200, msg("account.validation.linkNotValid")),
  }),
  run: async ({ token }) => {
    try {
      await signIn("email-link", { token, redirect: false });
    } catch (error) {
      if (error instanceof AuthError) throw new AppError("INVALID", msg("account.action.linkExpired"));
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
  done: async () => (await getRequestTranslate())(msg("account.action.resetRequested")),
});

export const resetPasswordAction = formAction(visitor, {
  form: ["token", "newPassword", "confirmPassword"],
  schema: passwordResetSchema,
  run: async ({ token, newPassword }) => {
    const email = await resetPasswordWithLink(db, token, newPassword);
    if (!email) throw new AppError("INVALID", msg("account.action.linkExpiredAskNew"));
    return email;
  },
  done: () => redirect("/sign-in?notice=password-reset"),
});

export const resendVerificationAction = userAction({
  form: [],
  schema: z.object({}),
  run: async (_input, user) => requestVerificationEmail(db, user.id, { ip: await getClientIp() }),
  done: async (outcome) => {
    const t = await getRequestTranslate();
    return outcome === "queued" ? t(msg("account.action.verificationSent")) : t(msg("account.action.alreadyVerified"));
  },
});

export const saveNotificationPreferencesAction = userAction({
  form: ["lockReminderEmail", "resultsEmail", "lockReminderPush", "resultsPush", "leadHours"],
  schema: notificationPreferencesSchema,
  run: (input, user) => saveNotificationPreferences(db, user.id, input),
  done: async () => (await getRequestTranslate())(msg("account.action.preferencesSaved")),
});

/** The unsubscribe page's button: the link's signature is the permission, no sign-in needed. */
export const unsubscribeAction = formAction(visitor, {
  form: ["u", "t", "s"],
  schema: z.object({ u: z.unknown(), t: z.unknown(), s: z.unknown() }),
  run: async (query) => {
    const request = readUnsubscribeRequest(query);
    if (!request || !(await unsubscribe(db, request.userId, request.topic)))
      throw new AppError("NOT_FOUND", msg("account.action.unsubscribeInvalid"));
    return request.topic;
  },
  done: async (topic) => (await getRequestTranslate())(msg("account.action.unsubscribed"), { topic }),
});
