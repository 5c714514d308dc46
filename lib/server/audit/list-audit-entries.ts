import "server-only";
import type { Db } from "@/lib/server/db";

export const AUDIT_PAGE_SIZE = 50;

/** The audit log, newest first, optionally one action or entity type; served by audit_log(created_at DESC). */
export async function listAuditEntries(db: Db, { page, action, entityType }: { page: number; action?: string; entityType?: string }) {
  const where = { ...(action ? { action } : {}), ...(entityType ? { entityType } : {}) };
  const [entries, total, actions] = await Promise.all([
    db.auditLog.findMany({
      where,
      orderBy: { createdAt: "desc" },
      skip: (page - 1) * AUDIT_PAGE_SIZE,
      take: AUDIT_PAGE_SIZE,
      include: { actor: { select: { displayName: true, email: true, deletedAt: true } } },
    }),
    db.auditLog.count({ where }),
    db.auditLog.findMany({ distinct: ["action"], select: { action: true }, orderBy: { action: "asc" } }),
  ]);
  return { entries, total, pages: Math.max(1, Math.ceil(total / AUDIT_PAGE_SIZE)), actions: actions.map((row) => row.action) };
}
