import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { formatCalendarDate } from "@/lib/format/date-time";
import type { ReplayBoardRow } from "@/lib/server/replay/get-replay-board";
import { RowHeader, Table, TableBody, TableHead, Td, Th } from "@/components/ui/table";

/** A replay board: best finished run per player, ranked; the viewer's own row highlighted. Dates are UTC days. */
export async function ReplayBoardTable({ rows, viewerId, caption }: { rows: ReplayBoardRow[]; viewerId: string | null; caption: string }) {
  const [t, locale] = await Promise.all([getTranslations("replay"), getLocale()]);
  if (rows.length === 0) return <p className="rounded-lg border border-sand-200 bg-white p-4">{t("board.empty")}</p>;
  return (
    <Table caption={caption}>
      <TableHead>
        <Th>{t("board.rank")}</Th>
        <Th>{t("board.player")}</Th>
        <Th align="end">{t("board.points")}</Th>
        <Th align="end">{t("board.exact")}</Th>
        <Th>{t("board.date")}</Th>
      </TableHead>
      <TableBody>
        {rows.map((row) => (
          <tr key={row.runId} className={row.userId === viewerId ? "bg-sand-100" : undefined}>
            <Td className="font-mono">{row.rank}</Td>
            <RowHeader>
              {row.isDeleted ? (
                t("board.deleted")
              ) : (
                <Link href={`/players/${row.userId}`} className="hover:underline">
                  <bdi>{row.name}</bdi>
                </Link>
              )}
              {row.userId === viewerId ? <span className="ms-1 text-xs font-normal">{t("board.you")}</span> : null}
            </RowHeader>
            <Td align="end" className="font-bold">
              {row.total}
            </Td>
            <Td align="end">{row.exact}</Td>
            <Td>
              <time dateTime={row.finishedAt.toISOString()}>{formatCalendarDate(row.finishedAt, locale)}</time>
            </Td>
          </tr>
        ))}
      </TableBody>
    </Table>
  );
}
