export type Rankable = { player: string; joinedAt: string; total: number; exact: number };

export type Ranked<T> = T & { rank: number };

/** Listing order: total, then exact slots, both descending; ties by earliest joinedAt, then player id. */
export function compareForRanking(a: Rankable, b: Rankable): number {
  if (a.total !== b.total) return b.total - a.total;
  if (a.exact !== b.exact) return b.exact - a.exact;
  const joined = Date.parse(a.joinedAt) - Date.parse(b.joinedAt);
  if (joined !== 0) return joined;
  return a.player < b.player ? -1 : a.player > b.player ? 1 : 0;
}

/**
 * Standard competition ranking (1, 2, 2, 4): players equal on total and exact share a rank, which is
 * one more than the number of players strictly ahead. Rows come back in listing order.
 */
export function rankPlayers<T extends Rankable>(rows: readonly T[]): Ranked<T>[] {
  const sorted = [...rows].sort(compareForRanking);
  const ranked: Ranked<T>[] = [];
  sorted.forEach((row, index) => {
    const before = ranked[index - 1];
    const isTied = before !== undefined && before.total === row.total && before.exact === row.exact;
    ranked.push({ ...row, rank: isTied ? before.rank : index + 1 });
  });
  return ranked;
}
