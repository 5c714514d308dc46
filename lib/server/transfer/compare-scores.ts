import "server-only";
import type { Tx } from "@/lib/server/db";
import type { EventExport } from "@/lib/validation/event-export";
import type { ImportedIds } from "./insert-event-rows";

/** One table's rows compared by key: exported (file) against rescored (database). */
export type TableComparison = { table: string; exported: number; rescored: number; identical: number; differences: string[] };
export type ScoreComparison = { isIdentical: boolean; tables: TableComparison[] };

type Keyed = Map<string, Record<string, unknown>>;

const MAX_DIFFERENCES = 20;

/** JSON with keys sorted, so rows built in a different key order compare equal. */
function canonical(row: Record<string, unknown>): string {
  return JSON.stringify(Object.fromEntries(Object.entries(row).sort(([a], [b]) => (a < b ? -1 : 1))));
}

function compareRows(table: string, exported: Keyed, rescored: Keyed): TableComparison {
  const differences: string[] = [];
  let identical = 0;
  for (const [key, row] of exported) {
    const other = rescored.get(key);
    if (!other) differences.push(`${key}: exported ${canonical(row)}, missing after rescoring`);
    else if (canonical(row) === canonical(other)) identical += 1;
    else differences.push(`${key}: exported ${canonical(row)}, rescored ${canonical(other)}`);
  }
  for (const [key, row] of rescored) if (!exported.has(key)) differences.push(`${key}: not exported, rescored ${canonical(row)}`);
  return { table, exported: exported.size, rescored: rescored.size, identical, differences };
}

const playerKey = (playerId: string) => `player ${playerId}`;
const stageKey = (stage: number, playerId: string) => `stage ${stage}, player ${playerId}`;

/**
 * Reads what rescoring stored for the imported event and compares it with the file: standings and
 * stage scores row by row, and the locked rosters of the stages that had started when the file was
 * exported (stages that have started since lock rosters the file could not hold).
 */
export async function compareScores(tx: Tx, file: EventExport, ids: ImportedIds): Promise<ScoreComparison> {
  const stageNumbers = new Map([...ids.stages].map(([number, id]) => [id, number]));
  const fileVersionIds = new Map([...ids.versions].map(([fileId, id]) => [id, fileId]));
  const startedAtExport = new Set(
    file.stages.filter((stage) => Date.parse(stage.startsAt) <= Date.parse(file.exportedAt)).map((stage) => stage.number),
  );
  // Locked rosters and stage scores have no relation to their stage (no foreign key): found by the stages' ids.
  const byStage = { stageId: { in: [...ids.stages.values()] } };
  const standings = await tx.standing.findMany({ where: { eventId: ids.eventId } });
  const stageScores = await tx.stageScore.findMany({ where: byStage });
  const stageRosters = await tx.stageRoster.findMany({ where: byStage });

  const tables = [
    compareRows(
      "standings",
      new Map(file.standings.map(({ playerId, ...row }) => [playerKey(playerId), row])),
      new Map(
        standings.map((row) => [
          playerKey(row.userId),
          {
            total: row.total,
            exact: row.exact,
            rank: row.rank,
            finalBonus: row.finalBonus,
            previousRank: row.previousRank,
            joinedAt: row.joinedAt.toISOString(),
          },
        ]),
      ),
    ),
    compareRows(
      "stage scores",
      new Map(file.stageScores.map(({ stage, playerId, ...row }) => [stageKey(stage, playerId), row])),
      new Map(
        stageScores.map((row) => [
          stageKey(stageNumbers.get(row.stageId)!, row.userId),
          {
            rosterPoints: row.rosterPoints,
            callPoints: row.callPoints,
            penalty: row.penalty,
            total: row.total,
            exact: row.exact,
            rank: row.rank,
          },
        ]),
      ),
    ),
    compareRows(
      "locked rosters",
      new Map(
        file.stageRosters
          .filter((row) => startedAtExport.has(row.stage))
          .map(({ stage, playerId, ...row }) => [stageKey(stage, playerId), row]),
      ),
      new Map(
        stageRosters
          .filter((row) => startedAtExport.has(stageNumbers.get(row.stageId)!))
          .map((row) => [
            stageKey(stageNumbers.get(row.stageId)!, row.userId),
            { rosterVersionId: fileVersionIds.get(row.rosterVersionId), transfers: row.transfers },
          ]),
      ),
    ),
  ];
  return { isIdentical: tables.every((table) => table.differences.length === 0), tables };
}

/** The comparison as lines for the command line: one per table, then the first differences. */
export function formatComparison(comparison: ScoreComparison): string[] {
  return comparison.tables.flatMap((table) => {
    const verdict = table.differences.length === 0 ? "identical" : `${table.differences.length} different`;
    const head = `  ${table.table.padEnd(15)} exported ${table.exported}, rescored ${table.rescored}: ${table.identical} identical${table.differences.length ? `, ${verdict}` : ""}`;
    const shown = table.differences.slice(0, MAX_DIFFERENCES).map((line) => `    ${line}`);
    const more = table.differences.length > MAX_DIFFERENCES ? [`    ... and ${table.differences.length - MAX_DIFFERENCES} more`] : [];
    return [head, ...shown, ...more];
  });
}
