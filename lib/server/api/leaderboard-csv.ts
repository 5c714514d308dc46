import "server-only";
import { toCsv } from "@/lib/format/csv";
import type { Db } from "@/lib/server/db";
import { listOverallLeaderboard, listStageLeaderboard } from "@/lib/server/leaderboards/get-overall-leaderboard";
import { requireBoardStage, requireLeaderboardEvent, toRowJson } from "./leaderboard-json";

// Excel reads a file without a byte order mark as the local code page and garbles "Stéphane".
const BOM = "\uFEFF";

/** A whole board (every page) as CSV, overall or, with a stage number, that stage's board. */
export async function getLeaderboardCsv(db: Db, slug: string, stageNumber: number | undefined) {
  const event = await requireLeaderboardEvent(db, slug);
  if (stageNumber === undefined) {
    const rows = (await listOverallLeaderboard(db, event.id)).map(toRowJson);
    return {
      filename: `${event.slug}-leaderboard.csv`,
      csv:
        BOM +
        toCsv(
          ["Rank", "Previous rank", "Movement", "Player", "Points", "Exact podium slots"],
          rows.map((row) => [row.rank, row.previousRank, row.movement, row.name, row.points, row.exact]),
        ),
    };
  }
  const stage = requireBoardStage(event, stageNumber);
  const rows = (await listStageLeaderboard(db, stage.id)).map(toRowJson);
  return {
    filename: `${event.slug}-stage-${stage.number}-leaderboard.csv`,
    csv:
      BOM +
      toCsv(
        ["Rank", "Player", "Points", "Exact podium slots"],
        rows.map((row) => [row.rank, row.name, row.points, row.exact]),
      ),
  };
}
