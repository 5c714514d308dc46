import "server-only";
import type { Db } from "@/lib/server/db";
import { applyAdminEmails } from "./apply-admin-emails";

/** What a session's JWT carries besides the user id: the role, and the session version it was issued at. */
export async function readSessionClaims(db: Db, userId: string, adminEmails: readonly string[]) {
  const role = await applyAdminEmails(db, userId, adminEmails);
  const user = await db.user.findUnique({ where: { id: userId }, select: { sessionVersion: true } });
  return { role, sessionVersion: user?.sessionVersion ?? 0 };
}

/** Ends every session of the user: JWTs issued before carry an older version (checked in getCurrentUser). */
export async function bumpSessionVersion(db: Db, userId: string): Promise<void> {
  await db.user.update({ where: { id: userId }, data: { sessionVersion: { increment: 1 } } });
}
