import "server-only";
import type { Db } from "@/lib/server/db";

/** At sign-in, promote a user whose email is in ADMIN_EMAILS; returns the role to carry in the JWT. */
export async function applyAdminEmails(db: Db, userId: string, adminEmails: readonly string[]) {
  const user = await db.user.findUnique({ where: { id: userId }, select: { email: true, role: true } });
  if (!user) return "PLAYER" as const;
  if (user.role !== "ADMIN" && user.email && adminEmails.includes(user.email.toLowerCase())) {
    await db.$transaction([
      db.user.update({ where: { id: userId }, data: { role: "ADMIN" } }),
      db.auditLog.create({
        data: { action: "grant-admin", entityType: "user", entityId: userId, after: { role: "ADMIN" }, reason: "listed in ADMIN_EMAILS" },
      }),
    ]);
    return "ADMIN" as const;
  }
  return user.role;
}
