import "server-only";
import { auth } from "@/auth";
import { db } from "@/lib/server/db";
import { AppError } from "@/lib/server/errors";
import { msg } from "@/lib/i18n/translate";

export type CurrentUser = { id: string; email: string | null; displayName: string | null; role: "PLAYER" | "ADMIN" };

/**
 * The signed-in user, read from the database on every call: a revoked admin, a deleted account or a
 * session issued before the password changed (or "sign out everywhere") loses access at once,
 * whatever the JWT still says.
 */
export async function getCurrentUser(): Promise<CurrentUser | null> {
  const session = await auth();
  const id = session?.user?.id;
  if (!id) return null;
  const user = await db.user.findUnique({
    where: { id },
    select: { id: true, email: true, displayName: true, role: true, deletedAt: true, sessionVersion: true },
  });
  if (!user || user.deletedAt || user.sessionVersion !== session.user.sessionVersion) return null;
  return { id: user.id, email: user.email, displayName: user.displayName, role: user.role };
}

export async function requireUser(): Promise<CurrentUser> {
  const user = await getCurrentUser();
  if (!user) throw new AppError("UNAUTHENTICATED", msg("errors.action.signIn"));
  return user;
}

export async function requireAdmin(): Promise<CurrentUser> {
  const user = await requireUser();
  if (user.role !== "ADMIN") throw new AppError("FORBIDDEN", msg("errors.action.adminsOnly"));
  return user;
}
