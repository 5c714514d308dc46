import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Tx } from "@/lib/server/db";

/** Who makes a change: an admin's user id, or null for the seed and command-line tools. */
export type Actor = { actorId: string | null };
type Snapshot = Record<string, unknown>;

/** JSON with object keys sorted: jsonb reorders keys, so plain stringify would report false changes. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, inner: unknown) =>
    inner && typeof inner === "object" && !Array.isArray(inner)
      ? Object.fromEntries(Object.entries(inner as Snapshot).sort(([a], [b]) => a.localeCompare(b)))
      : inner,
  );
}

/** Dates become ISO strings, undefined keys disappear: what the audit log's JSON columns hold. */
export function toAuditJson(snapshot: Snapshot): Prisma.InputJsonObject {
  return JSON.parse(JSON.stringify(snapshot)) as Prisma.InputJsonObject;
}

/** The keys of `next` whose values differ from `previous`, as before/after snapshots of those keys only. */
export function diffFields<T extends Snapshot>(previous: T, next: Partial<T>) {
  const changed = (Object.keys(next) as (keyof T & string)[]).filter((key) => canonical(previous[key]) !== canonical(next[key]));
  return {
    changed,
    before: Object.fromEntries(changed.map((key) => [key, previous[key]])),
    after: Object.fromEntries(changed.map((key) => [key, next[key]])),
  };
}

export type AuditEntry = {
  actorId: string | null;
  /** verb-noun, e.g. "move-stage-start" */
  action: string;
  entityType: "season" | "event" | "team" | "crew" | "stage";
  entityId: number;
  before?: Snapshot;
  after?: Snapshot;
};

/** One audit row, written in the same transaction as the change it records. */
export async function writeAudit(tx: Tx, entry: AuditEntry): Promise<void> {
  await tx.auditLog.create({
    data: {
      actorId: entry.actorId,
      action: entry.action,
      entityType: entry.entityType,
      entityId: String(entry.entityId),
      ...(entry.before ? { before: toAuditJson(entry.before) } : {}),
      ...(entry.after ? { after: toAuditJson(entry.after) } : {}),
    },
  });
}
