import { z } from "zod";
import { displayNameSchema, newPasswordSchema } from "./auth";

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
