import "server-only";
import { env } from "@/lib/env";
import { createDb, db, type Db } from "@/lib/server/db";
import { getStandingsListener, type StandingsListener } from "@/lib/server/live/standings-listener";
import { isDatabaseUnavailable } from "@/lib/server/database-unavailable";
import { parseLsn } from "@/lib/server/wal-position";

/** After a replica failure, reads stay on the primary this long before the replica is tried again. */
const REPLICA_RETRY_MS = 5_000;

/** A hot standby cancels a query whose rows its replay must remove (SQLSTATE 40001). */
const RECOVERY_CONFLICT = /conflict with recovery/i;

function isReplicaFailure(error: unknown): boolean {
  return isDatabaseUnavailable(error) || (error instanceof Error && RECOVERY_CONFLICT.test(error.message));
}

type WalSource = Pick<StandingsListener, "isListening" | "primaryWalLsn">;

/**
 * Public reads (boards, player pages, the public API) from a streaming replica, never older than
 * what this instance has announced: a read goes to the replica only when it has replayed past the
 * primary's WAL position at the last change the instance heard (standings-listener.ts), so a board
 * refreshed after the live stream's "standings" never shows the standings before that publish.
 * Otherwise, while the replica lags, and whenever it fails (then for REPLICA_RETRY_MS), the primary
 * answers. Only reads that a player's own writes do not feed go here: a league board after joining
 * the league, say, stays on the primary.
 */
export class ReplicaReads {
  private replayedLsn = -1n;
  private downUntil = 0;

  constructor(
    private readonly replica: Db,
    private readonly primary: Db,
    private readonly wal: WalSource,
    private readonly now = () => Date.now(),
  ) {}

  async read<T>(load: (reader: Db) => Promise<T>): Promise<T> {
    if (!(await this.isCaughtUp())) return load(this.primary);
    try {
      return await load(this.replica);
    } catch (error) {
      if (!isReplicaFailure(error)) throw error;
      // Stopped, restarting, or a query cancelled by replay: the primary has the same answer.
      this.downUntil = this.now() + REPLICA_RETRY_MS;
      return load(this.primary);
    }
  }

  /** Whether the replica has replayed every change this instance has heard of (one cheap query when unsure). */
  private async isCaughtUp(): Promise<boolean> {
    if (this.now() < this.downUntil) return false;
    const required = this.wal.isListening ? this.wal.primaryWalLsn : null;
    if (required === null) return false;
    if (this.replayedLsn >= required) return true;
    try {
      const rows = await this.replica.$queryRaw<{ lsn: string | null }[]>`SELECT pg_last_wal_replay_lsn()::text AS lsn`;
      this.replayedLsn = parseLsn(rows[0]?.lsn) ?? -1n;
    } catch {
      this.downUntil = this.now() + REPLICA_RETRY_MS;
      return false;
    }
    return this.replayedLsn >= required;
  }
}

const globalForReads = globalThis as unknown as { duneDraftReplicaReads?: ReplicaReads | null };

function replicaReads(): ReplicaReads | null {
  if (globalForReads.duneDraftReplicaReads === undefined) {
    globalForReads.duneDraftReplicaReads = env.DATABASE_REPLICA_URL
      ? new ReplicaReads(createDb(env.DATABASE_REPLICA_URL), db, getStandingsListener())
      : null;
  }
  return globalForReads.duneDraftReplicaReads;
}

/** Runs a public read on the replica when one is configured and current, else on the primary. */
export function readPublic<T>(load: (reader: Db) => Promise<T>): Promise<T> {
  const reads = replicaReads();
  return reads ? reads.read(load) : load(db);
}
