import "server-only";

/** Rows inserted or changed, and rows deleted; rows already right are not touched (updated_at stays). */
export type WriteCounts = { written: number; deleted: number };

export const NO_WRITES: WriteCounts = { written: 0, deleted: 0 };

export function addCounts(...counts: WriteCounts[]): WriteCounts {
  return counts.reduce((sum, next) => ({ written: sum.written + next.written, deleted: sum.deleted + next.deleted }), NO_WRITES);
}
