"use server";

import { z } from "zod";
import { db } from "@/lib/server/db";
import { getRequestTranslate } from "@/lib/server/i18n/request-locale";
import { msg } from "@/lib/i18n/translate";
import { adminAction } from "@/lib/server/form-action";
import { setUserRole } from "@/lib/server/users/set-user-role";
import { emailSchema } from "@/lib/validation/auth";

const roleChangeSchema = z.object({ email: emailSchema, role: z.enum(["ADMIN", "PLAYER"]) });

export const setUserRoleAction = adminAction({
  form: ["email", "role"],
  schema: roleChangeSchema,
  run: (input, admin) => setUserRole(db, { ...input, actorId: admin.id }),
  revalidate: ["/admin/users"],
  done: async ({ changed }, input) => {
    const t = await getRequestTranslate();
    if (!changed) return t(msg("admin.action.sameRole"), { email: input.email });
    return t(input.role === "ADMIN" ? msg("admin.action.nowAdmin") : msg("admin.action.noLongerAdmin"), { email: input.email });
  },
});
