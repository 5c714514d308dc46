import "server-only";
import type { Db } from "@/lib/server/db";

/**
 * At sign-in, promote a user whose email is in ADMIN_EMAILS, only when the address is proven
 * (emailVerified: a provider that says it verified the address, or a verification link), and never
 * one whose admin rights an admin revoked: the list grants once, people decide after that.
 * Returns the role to carry in the JWT.
 */
export async function applyAdminEmails(db: Db, userId: string, adminEmails: readonly string[]) {
  const user = await db.user.findUnique({ where: { id: userId }, select: { email: true, emailVerified: true, role: true } });
  if (!user) return "PLAYER" as const;
  const isListed = user.email !== null && adminEmails.includes(user.email.toLowerCase());
  if (user.role === "ADMIN" || !isListed || !user.emailVerified) return user.role;
  const revoked = await db.auditLog.findFirst({
    where: { entityType: "user", entityId: userId, action: "revoke-admin" },
    select: { id: true },
  });
  if (revoked) return user.role;
  await db.$transaction([
    db.user.update({ where: { id: userId }, data: { role: "ADMIN" } }),
    db.auditLog.create({
      data: {
        action: "grant-admin",
        entityType: "user",
        entityId: userId,
        after: { role: "ADMIN" },
        reason: "listed in ADMIN_EMAILS, address verified",
      },
    }),
  ]);
  return "ADMIN" as const;
}
