"use client";

import { useTranslations } from "next-intl";
import { DELETED_PLAYER_NAME } from "@/lib/format/player-name";
import type { LeaderboardRow } from "@/lib/server/leaderboards/get-overall-leaderboard";
import { RowHeader, Table, TableBody, TableHead, Td, Th } from "@/components/ui/table";

function Movement({ rank, previousRank }: { rank: number; previousRank: number | null }) {
  const t = useTranslations("boards");
  if (previousRank === null) return <span className="text-stone-500">{t("table.new")}</span>;
  const change = previousRank - rank;
  if (change === 0)
    return (
      <span className="text-stone-500">
        <span aria-hidden="true">–</span>
        <span className="sr-only">{t("table.noChange")}</span>
      </span>
    );
  // The arrows point up and down: nothing to mirror.
  return change > 0 ? (
    <span className="text-emerald-800">
      <span aria-hidden="true">▲{change}</span>
      <span className="sr-only">{t("table.up", { count: change })}</span>
    </span>
  ) : (
    <span className="text-red-800">
      <span aria-hidden="true">▼{-change}</span>
      <span className="sr-only">{t("table.down", { count: -change })}</span>
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
 *
 * Messages: `boards.table` (given by LeaderboardTable, ./leaderboard-table.tsx).
 */
export function LeaderboardRows({
  rows,
  caption,
  showMovement,
  highlightUserId,
  compareIn,
}: {
  rows: TableRow[];
  caption: string;
  showMovement: boolean;
  highlightUserId?: string | null;
  /** The event whose compare page the signed-in viewer (highlightUserId) may open against each row. */
  compareIn?: string | null;
}) {
  const t = useTranslations("boards");
  return (
    <Table caption={caption}>
      <TableHead>
        <Th>{t("table.rank")}</Th>
        {showMovement ? <Th>{t("table.move")}</Th> : null}
        <Th>{t("table.player")}</Th>
        <Th align="end">{t("table.points")}</Th>
        <Th align="end">{t("table.exact")}</Th>
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
                  <span className="sr-only">{t("table.noRank")}</span>
                </>
              )}
            </Td>
            {showMovement ? <Td>{row.rank === null ? null : <Movement rank={row.rank} previousRank={row.previousRank} />}</Td> : null}
            <RowHeader className="font-medium">
              {row.name === DELETED_PLAYER_NAME ? (
                t("table.deletedPlayer")
              ) : (
                // Players name themselves in any script: dir="auto" keeps each name in its own direction.
                <a href={`/players/${row.userId}`} dir="auto" className="hover:underline">
                  {row.isUnnamed ? t("table.unnamedPlayer") : row.name}
                </a>
              )}
              {row.rank === null ? <span className="ms-2 text-xs font-normal text-stone-600">{t("table.notScored")}</span> : null}
              {compareIn && highlightUserId && row.userId !== highlightUserId && row.name !== DELETED_PLAYER_NAME ? (
                <a
                  href={`/events/${compareIn}/compare?a=${highlightUserId}&b=${row.userId}`}
                  aria-label={t("table.compareWith", { name: row.isUnnamed ? t("table.unnamedPlayer") : row.name })}
                  className="ms-2 text-xs font-normal text-dune-700 underline"
                >
                  {t("table.compare")}
                </a>
              ) : null}
            </RowHeader>
            <Td align="end" className="font-mono">
              {row.total}
            </Td>
            <Td align="end" className="font-mono">
              {row.exact}
            </Td>
          </tr>
        ))}
      </TableBody>
    </Table>
  );
}
