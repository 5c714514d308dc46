import type { Db } from "@/lib/server/db";
import { getOverallLeaderboard, LEADERBOARD_PAGE_SIZE } from "@/lib/server/leaderboards/get-overall-leaderboard";
import { getLeagueLeaderboard } from "@/lib/server/leagues/get-league-leaderboard";
import { getPlayerEvent } from "@/lib/server/players/get-player-page";
import { createRandom } from "./random";
import type { BenchLeague } from "./seed-players";

export type ReadFigures = {
  /** Over every read, overall and league. */
  leaderboardP50Ms: number;
  leaderboardP95Ms: number;
  overallP50Ms: number;
  overallP95Ms: number;
  leagueP50Ms: number;
  leagueP95Ms: number;
  /** A random player's public page of the event: every started stage broken down, points and rank charts. */
  playerPageP50Ms: number;
  playerPageP95Ms: number;
  reads: number;
};

export const READS = 1_000;
// Reads before the timed ones: connections opened, plans cached, as in a server that has been up.
const WARM_UP = 50;

/** The p-th percentile (0-100) of `samples`, nearest rank. */
export function percentile(samples: readonly number[], p: number): number {
  if (samples.length === 0) return 0;
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
}

const round = (ms: number) => Math.round(ms * 100) / 100;

export async function timeEach(count: number, read: () => Promise<unknown>): Promise<number[]> {
  const samples: number[] = [];
  for (let i = 0; i < WARM_UP + count; i += 1) {
    const startedAt = performance.now();
    await read();
    if (i >= WARM_UP) samples.push(performance.now() - startedAt);
  }
  return samples;
}

/**
 * READS reads of the overall leaderboard (a random page of 50 and a random player's own row and
 * page), READS of a random 50-member league's board seen by one of its members, and READS of a
 * random player's page, one after another, through the data functions the pages call, uncached.
 */
export async function measureLeaderboardReads(
  db: Db,
  event: { id: number; slug: string },
  userIds: readonly string[],
  leagues: readonly BenchLeague[],
  seed: number,
): Promise<ReadFigures> {
  const random = createRandom(seed + 7);
  const pages = Math.max(1, Math.ceil(userIds.length / LEADERBOARD_PAGE_SIZE));
  const eventId = event.id;
  const overall = await timeEach(READS, () => getOverallLeaderboard(db, eventId, random.int(1, pages), random.pick(userIds)));
  const league = await timeEach(READS, async () => {
    const chosen = random.pick(leagues);
    const board = await getLeagueLeaderboard(db, chosen.id, 1, random.pick(chosen.memberIds));
    if (board.rows.length === 0) throw new Error(`league ${chosen.id}'s board is empty`);
  });
  const player = await timeEach(READS, async () => {
    if (!(await getPlayerEvent(db, random.pick(userIds), event.slug))) throw new Error("a player page is missing");
  });
  const all = [...overall, ...league];
  return {
    leaderboardP50Ms: round(percentile(all, 50)),
    leaderboardP95Ms: round(Math.max(percentile(overall, 95), percentile(league, 95))),
    overallP50Ms: round(percentile(overall, 50)),
    overallP95Ms: round(percentile(overall, 95)),
    leagueP50Ms: round(percentile(league, 50)),
    leagueP95Ms: round(percentile(league, 95)),
    playerPageP50Ms: round(percentile(player, 50)),
    playerPageP95Ms: round(percentile(player, 95)),
    reads: all.length + player.length,
  };
}
