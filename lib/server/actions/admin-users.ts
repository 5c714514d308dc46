"use server";

import { z } from "zod";
import { db } from "@/lib/server/db";
import { adminAction } from "@/lib/server/form-action";
import { setUserRole } from "@/lib/server/users/set-user-role";
import { emailSchema } from "@/lib/validation/auth";

const roleChangeSchema = z.object({ email: emailSchema, role: z.enum(["ADMIN", "PLAYER"]) });

export const setUserRoleAction = adminAction({
  form: ["email", "role"],
  schema: roleChangeSchema,
  run: (input, admin) => setUserRole(db, { ...input, actorId: admin.id }),
  revalidate: ["/admin/users"],
  done: ({ changed }, input) => {
    const verb = input.role === "ADMIN" ? "is now an admin" : "is no longer an admin";
    return changed ? `${input.email} ${verb}.` : `${input.email} already had that role.`;
  },
});
