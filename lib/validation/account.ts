import { z } from "zod";
import { msg } from "@/lib/i18n/translate";
import { displayNameSchema, emailSchema, newPasswordSchema } from "./auth";

export const displayNameChangeSchema = z.object({ displayName: displayNameSchema });

export const passwordChangeSchema = z
  .object({
    currentPassword: z.string().max(200).optional(),
    newPassword: newPasswordSchema,
    confirmPassword: z.string().max(200),
  })
  .refine((input) => input.newPassword === input.confirmPassword, {
    path: ["confirmPassword"],
    message: msg("account.validation.passwordsDiffer"),
  });

export const accountDeletionSchema = z.object({
  confirm: z.literal("DELETE", { error: msg("account.validation.typeDelete") }),
  currentPassword: z.string().max(200).optional(),
});

export const forgotPasswordSchema = z.object({ email: emailSchema });

export const passwordResetSchema = z
  .object({
    token: z
      .string({ error: msg("account.validation.linkIncompleteOpenAgain") })
      .min(20, msg("account.validation.linkIncompleteOpenAgain"))
      .max(200),
    newPassword: newPasswordSchema,
    confirmPassword: z.string().max(200),
  })
  .refine((input) => input.newPassword === input.confirmPassword, {
    path: ["confirmPassword"],
    message: msg("account.validation.passwordsDiffer"),
  });

/** A checkbox sends "on" when ticked and nothing otherwise. */
const checkbox = z.union([z.literal("on"), z.null()]).transform((value) => value === "on");

/** Reminders and calendar alarms come this many hours before a lock unless the player chooses. */
export const DEFAULT_LEAD_HOURS = 3;

export const notificationPreferencesSchema = z.object({
  lockReminderEmail: checkbox,
  resultsEmail: checkbox,
  lockReminderPush: checkbox,
  resultsPush: checkbox,
  leadHours: z.enum(["1", "3", "24"], { error: msg("account.validation.leadHours") }).transform((value) => Number(value) as 1 | 3 | 24),
});
