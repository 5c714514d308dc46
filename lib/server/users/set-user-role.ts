import "server-only";
import type { Db } from "@/lib/server/db";
import { AppError } from "@/lib/server/errors";
import { msg } from "@/lib/i18n/translate";

// Serialises role changes so two admins revoking each other at once cannot leave no admin at all.
const ROLE_CHANGE_LOCK = 7_410_001;

/** Grants or revokes admin for the user with `email`; `actorId` null means the command line. */
export async function setUserRole(db: Db, input: { email: string; role: "ADMIN" | "PLAYER"; actorId: string | null }) {
  return db.$transaction(async (tx) => {
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(${ROLE_CHANGE_LOCK})`;
    const user = await tx.user.findUnique({ where: { email: input.email }, select: { id: true, role: true, deletedAt: true } });
    if (!user || user.deletedAt) throw new AppError("NOT_FOUND", msg("admin.errors.noAccount"), undefined, { email: input.email });
    if (user.role === input.role) return { changed: false, userId: user.id };
    if (input.role === "PLAYER") {
      const admins = await tx.user.count({ where: { role: "ADMIN", deletedAt: null } });
      if (admins <= 1) throw new AppError("CONFLICT", msg("admin.errors.lastAdmin"));
    }
    await tx.user.update({ where: { id: user.id }, data: { role: input.role } });
    await tx.auditLog.create({
      data: {
        actorId: input.actorId,
        action: input.role === "ADMIN" ? "grant-admin" : "revoke-admin",
        entityType: "user",
        entityId: user.id,
        before: { role: user.role },
        after: { role: input.role },
      },
    });
    return { changed: true, userId: user.id };
  });
}
