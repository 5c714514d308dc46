import { z } from "zod";
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
    message: "The two new passwords differ",
  });

export const accountDeletionSchema = z.object({
  confirm: z.literal("DELETE", { error: "Type DELETE in capitals to confirm" }),
  currentPassword: z.string().max(200).optional(),
});

export const forgotPasswordSchema = z.object({ email: emailSchema });

export const passwordResetSchema = z
  .object({
    token: z
      .string({ error: "This link is incomplete: open it again from the email" })
      .min(20, "This link is incomplete: open it again from the email")
      .max(200),
    newPassword: newPasswordSchema,
    confirmPassword: z.string().max(200),
  })
  .refine((input) => input.newPassword === input.confirmPassword, {
    path: ["confirmPassword"],
    message: "The two new passwords differ",
  });

/** A checkbox sends "on" when ticked and nothing otherwise. */
const checkbox = z.union([z.literal("on"), z.null()]).transform((value) => value === "on");

export const notificationPreferencesSchema = z.object({
  lockReminderEmail: checkbox,
  resultsEmail: checkbox,
  lockReminderPush: checkbox,
  resultsPush: checkbox,
  leadHours: z.enum(["1", "3", "24"], { error: "Choose 1, 3 or 24 hours" }).transform((value) => Number(value) as 1 | 3 | 24),
});
