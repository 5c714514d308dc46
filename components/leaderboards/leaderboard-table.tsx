"use client";

import { DELETED_PLAYER_NAME } from "@/lib/format/player-name";
import type { LeaderboardRow } from "@/lib/server/leaderboards/get-overall-leaderboard";
import { RowHeader, Table, TableBody, TableHead, Td, Th } from "@/components/ui/table";

function Movement({ rank, previousRank }: { rank: number; previousRank: number | null }) {
  if (previousRank === null)
    return (
      <span className="text-stone-500" aria-label="new">
        new
      </span>
    );
  const change = previousRank - rank;
  if (change === 0)
    return (
      <span className="text-stone-500" aria-label="no change">
        –
      </span>
    );
  return change > 0 ? (
    <span className="text-emerald-800" aria-label={`up ${change}`}>
      ▲{change}
    </span>
  ) : (
    <span className="text-red-800" aria-label={`down ${-change}`}>
      ▼{-change}
    </span>
  );
}

/** A row whose rank is null is a league member not scored yet: listed without a rank, 0 points. */
type TableRow = Omit<LeaderboardRow, "rank"> & { rank: number | null };

/**
 * Boards are the busiest pages on results night. A client component, so a page's fifty rows travel
 * to the browser as fifty small objects rather than as their rendered element tree next to the HTML
 * (measured under load: from 0.45 to about 0.65 of a static page's throughput). Cell styles are set
 * once on the table, and player names are plain links: a Link per row would prefetch fifty player
 * pages for every visitor who opens a board.
 */
export function LeaderboardTable({
  rows,
  caption,
  showMovement,
  highlightUserId,
}: {
  rows: TableRow[];
  caption: string;
  showMovement: boolean;
  highlightUserId?: string | null;
}) {
  return (
    <Table caption={caption}>
      <TableHead>
        <Th>Rank</Th>
        {showMovement ? <Th>Move</Th> : null}
        <Th>Player</Th>
        <Th align="right">Points</Th>
        <Th align="right">Exact slots</Th>
      </TableHead>
      <TableBody>
        {rows.map((row) => (
          <tr
            key={row.userId}
            id={`player-${row.userId}`}
            className={row.userId === highlightUserId ? "bg-amber-50 font-semibold" : undefined}
          >
            <Td className="font-mono">
              {row.rank ?? (
                <>
                  <span aria-hidden="true">–</span>
                  <span className="sr-only">no rank</span>
                </>
              )}
            </Td>
            {showMovement ? <Td>{row.rank === null ? null : <Movement rank={row.rank} previousRank={row.previousRank} />}</Td> : null}
            <RowHeader className="font-medium">
              {row.name === DELETED_PLAYER_NAME ? (
                row.name
              ) : (
                <a href={`/players/${row.userId}`} className="hover:underline">
                  {row.name}
                </a>
              )}
              {row.rank === null ? <span className="ml-2 text-xs font-normal text-stone-600">not scored yet</span> : null}
            </RowHeader>
            <Td align="right" className="font-mono">
              {row.total}
            </Td>
            <Td align="right" className="font-mono">
              {row.exact}
            </Td>
          </tr>
        ))}
      </TableBody>
    </Table>
  );
}
