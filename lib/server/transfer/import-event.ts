import "server-only";
import type { Db, Tx } from "@/lib/server/db";
import { AppError } from "@/lib/server/errors";
import { writeAudit } from "@/lib/server/admin/audit";
import { rescoreEvent } from "@/lib/server/results/rescore-event";
import { RESULTS_TRANSACTION_OPTIONS } from "@/lib/server/results/results-locks";
import type { EventExport } from "@/lib/validation/event-export";
import { compareScores, type ScoreComparison } from "./compare-scores";
import { insertEventRows } from "./insert-event-rows";

export type ImportOptions = {
  /** Refuse unless the database holds no event at all (a restore into a new database). */
  intoEmpty: boolean;
};

export type ImportSummary = {
  eventId: number;
  slug: string;
  seasonCreated: boolean;
  crews: number;
  stages: number;
  players: number;
  newPlayers: number;
  rosterVersions: number;
  podiumCalls: number;
  leagues: number;
};

export type ImportOutcome = { ok: true; summary: ImportSummary; comparison: ScoreComparison } | { ok: false; comparison: ScoreComparison };

/** Thrown inside the transaction to roll it back when the rescored scores differ from the file's. */
class ScoresDifferError extends Error {
  constructor(readonly comparison: ScoreComparison) {
    super("rescored scores differ from the exported ones");
  }
}

const MAX_LISTED = 5;
const list = (values: readonly string[]) =>
  values.slice(0, MAX_LISTED).join(", ") + (values.length > MAX_LISTED ? ` and ${values.length - MAX_LISTED} more` : "");

/**
 * Refuses a database the event cannot go into: one that already holds the event (or, with
 * `intoEmpty`, any event), a display name or invite code of the file used by someone else.
 * Players whose uuid the database already holds are the same accounts (an event restored where it
 * was exported from) and are kept as they are. Returns those players and the season, if it exists.
 */
async function checkTarget(tx: Tx, file: EventExport, options: ImportOptions) {
  if (options.intoEmpty) {
    const events = await tx.event.findMany({ select: { slug: true }, orderBy: { slug: "asc" } });
    if (events.length > 0) {
      throw new AppError(
        "CONFLICT",
        `The database is not empty: it holds ${events.length} event${events.length === 1 ? "" : "s"} (${list(events.map((event) => event.slug))}). --into-empty imports only into a database without events: create a new database, migrate it (npm run db:migrate) and import there, or leave out --into-empty to add this event next to the others.`,
      );
    }
  }
  const existing = await tx.event.findUnique({ where: { slug: file.event.slug }, select: { name: true } });
  if (existing) {
    throw new AppError(
      "CONFLICT",
      `The database already holds the event "${file.event.slug}" (${existing.name}). Import never overwrites an event: import into a new database, or delete that event first.`,
    );
  }
  const playerIds = file.players.map((player) => player.id);
  const known = await tx.user.findMany({ where: { id: { in: playerIds } }, select: { id: true } });
  const knownIds = new Set(known.map((user) => user.id));
  const names = file.players
    .filter((player) => player.displayName !== null && !knownIds.has(player.id))
    .map((player) => player.displayName!.toLowerCase());
  const taken =
    names.length === 0
      ? []
      : await tx.$queryRaw<{ displayName: string }[]>`
    SELECT display_name AS "displayName" FROM "user" WHERE lower(display_name) = ANY(${names}::text[]) ORDER BY display_name`;
  if (taken.length > 0) {
    throw new AppError(
      "CONFLICT",
      `Other accounts in the database already use these display names of the file's players: ${list(taken.map((row) => row.displayName))}. Import into a new database (with --into-empty).`,
    );
  }
  const codes = await tx.league.findMany({
    where: { inviteCode: { in: file.leagues.map((league) => league.inviteCode) } },
    select: { inviteCode: true },
  });
  if (codes.length > 0) {
    throw new AppError(
      "CONFLICT",
      `Leagues in the database already use these invite codes of the file: ${list(codes.map((row) => row.inviteCode))}. Import into a new database (with --into-empty).`,
    );
  }
  const season = await tx.season.findUnique({ where: { slug: file.season.slug }, select: { id: true } });
  return { knownIds, season };
}

/**
 * Loads an exported event in one transaction, rescores it with the app's own rescoreEvent and
 * compares the result with the file's standings, stage scores and locked rosters. On any difference
 * the transaction rolls back (nothing is imported) and the comparison says what differed.
 */
export async function importEvent(db: Db, file: EventExport, options: ImportOptions): Promise<ImportOutcome> {
  try {
    return await db.$transaction(async (tx) => {
      // Two imports at once would each see an empty database: they take turns.
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext('dune-draft:import-event'))`;
      const { knownIds, season } = await checkTarget(tx, file, options);
      const seasonId = season?.id ?? (await tx.season.create({ data: file.season, select: { id: true } })).id;
      const { ids, newPlayers } = await insertEventRows(tx, file, seasonId, knownIds);
      await rescoreEvent(tx, ids.eventId);
      const comparison = await compareScores(tx, file, ids);
      if (!comparison.isIdentical) throw new ScoresDifferError(comparison);
      const summary: ImportSummary = {
        eventId: ids.eventId,
        slug: file.event.slug,
        seasonCreated: season === null,
        crews: file.crews.length,
        stages: file.stages.length,
        players: file.players.length,
        newPlayers,
        rosterVersions: file.rosters.reduce((sum, roster) => sum + roster.versions.length, 0),
        podiumCalls: file.podiumCalls.length,
        leagues: file.leagues.length,
      };
      await writeAudit(tx, {
        actorId: null,
        action: "import-event",
        entityType: "event",
        entityId: ids.eventId,
        after: { exportedAt: file.exportedAt, ...summary },
      });
      return { ok: true as const, summary, comparison };
    }, RESULTS_TRANSACTION_OPTIONS);
  } catch (error) {
    if (error instanceof ScoresDifferError) return { ok: false, comparison: error.comparison };
    throw error;
  }
}
