"use client";

import { DELETED_PLAYER_NAME } from "@/lib/format/player-name";
import type { LeaderboardRow } from "@/lib/server/leaderboards/get-overall-leaderboard";

function Movement({ rank, previousRank }: { rank: number; previousRank: number | null }) {
  if (previousRank === null) return <span className="text-stone-500" aria-label="new">new</span>;
  const change = previousRank - rank;
  if (change === 0) return <span className="text-stone-500" aria-label="no change">–</span>;
  return change > 0 ? (
    <span className="text-emerald-800" aria-label={`up ${change}`}>▲{change}</span>
  ) : (
    <span className="text-red-800" aria-label={`down ${-change}`}>▼{-change}</span>
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
export function LeaderboardTable({ rows, caption, showMovement, highlightUserId }: { rows: TableRow[]; caption: string; showMovement: boolean; highlightUserId?: string | null }) {
  return (
    <div className="overflow-x-auto rounded-lg border border-sand-200 bg-white">
      <table className="w-full text-left text-sm [&_td]:px-3 [&_td]:py-2 [&_th]:px-3 [&_th]:py-2">
        <caption className="sr-only">{caption}</caption>
        <thead className="bg-sand-100 text-xs uppercase tracking-wide">
          <tr>
            <th scope="col">Rank</th>
            {showMovement ? <th scope="col">Move</th> : null}
            <th scope="col">Player</th>
            <th scope="col" className="text-right">Points</th>
            <th scope="col" className="text-right">Exact slots</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-sand-100">
          {rows.map((row) => (
            <tr key={row.userId} id={`player-${row.userId}`} className={row.userId === highlightUserId ? "bg-amber-50 font-semibold" : undefined}>
              <td className="font-mono">{row.rank ?? <><span aria-hidden="true">–</span><span className="sr-only">no rank</span></>}</td>
              {showMovement ? <td>{row.rank === null ? null : <Movement rank={row.rank} previousRank={row.previousRank} />}</td> : null}
              <th scope="row" className="font-medium">
                {row.name === DELETED_PLAYER_NAME ? row.name : <a href={`/players/${row.userId}`} className="hover:underline">{row.name}</a>}
                {row.rank === null ? <span className="ml-2 text-xs font-normal text-stone-600">not scored yet</span> : null}
              </th>
              <td className="text-right font-mono">{row.total}</td>
              <td className="text-right font-mono">{row.exact}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
