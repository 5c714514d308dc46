import "server-only";
import type { Db } from "@/lib/server/db";

export const USERS_PAGE_SIZE = 50;

/** Accounts for the admin users page, admins first, then newest; optional email/name filter. */
export async function listUsers(db: Db, { page, query }: { page: number; query?: string }) {
  const where = {
    deletedAt: null,
    ...(query
      ? {
          OR: [
            { email: { contains: query, mode: "insensitive" as const } },
            { displayName: { contains: query, mode: "insensitive" as const } },
          ],
        }
      : {}),
  };
  const [users, total] = await Promise.all([
    db.user.findMany({
      where,
      // Role sorts in enum order (PLAYER, ADMIN), so descending lists admins first.
      orderBy: [{ role: "desc" }, { createdAt: "desc" }],
      skip: (page - 1) * USERS_PAGE_SIZE,
      take: USERS_PAGE_SIZE,
      select: { id: true, email: true, displayName: true, role: true, createdAt: true },
    }),
    db.user.count({ where }),
  ]);
  return { users, total, pages: Math.max(1, Math.ceil(total / USERS_PAGE_SIZE)) };
}
