import { getTranslations } from "next-intl/server";
import type { StageStats } from "@/lib/server/stats/get-stage-stats";
import { toPercent } from "@/lib/game/stage-stats";
import { RowHeader, Table, TableBody, TableHead, Td, Th } from "@/components/ui/table";

type Props = { stats: StageStats; crewName: Map<number, string> };

/** A share with its bar: the bar is the chart, the number beside it is what is read out. */
function ShareBar({ percent, label }: { percent: number; label: string }) {
  return (
    <span className="flex items-center justify-end gap-2">
      <span aria-hidden="true" className="block h-2 w-10 overflow-hidden rounded bg-sand-100 sm:w-16">
        <span className="block h-full bg-amber-700" style={{ width: `${percent}%` }} />
      </span>
      <span className="w-12 font-mono">{label}</span>
    </span>
  );
}

/** A locked stage's stored stats: ownership and captaincy, chips played, podium call spread, best roster. */
export async function StageStatsSection({ stats, crewName }: Props) {
  const t = await getTranslations("events");
  const share = (count: number) => toPercent(count, stats.players);
  const percent = (count: number) => t("stats.percent", { share: share(count) / 100 });
  const called = stats.crews.filter((crew) => crew.p1Calls + crew.p2Calls + crew.p3Calls > 0);
  const picked = stats.crews.filter((crew) => crew.picks > 0);
  const best = stats.best;
  return (
    <section aria-labelledby="stats" className="space-y-4">
      <h2 id="stats" className="text-xl font-bold">
        {t("stats.heading")}
      </h2>
      <p className="text-sm">{t("stats.summary", { players: stats.players, callers: stats.callers })}</p>
      <p className="text-sm">
        {t("stage.chipsPlayed", { joker: stats.chips.joker, wildcard: stats.chips.wildcard, shield: stats.chips.shield })}
      </p>

      <h3 className="font-semibold">{t("stats.ownershipHeading")}</h3>
      {picked.length === 0 ? (
        <p className="text-sm">{t("stats.noRosters")}</p>
      ) : (
        <Table caption={t("stats.ownershipCaption")}>
          <TableHead>
            <Th>{t("stats.crew")}</Th>
            <Th align="end">{t("stats.owned")}</Th>
            <Th align="end">{t("stats.captained")}</Th>
          </TableHead>
          <TableBody>
            {picked.map((crew) => (
              <tr key={crew.crewId}>
                <RowHeader className="text-start font-normal">
                  <bdi>{crewName.get(crew.crewId)}</bdi>
                </RowHeader>
                <Td align="end">
                  <ShareBar percent={share(crew.picks)} label={percent(crew.picks)} />
                </Td>
                <Td align="end">
                  <ShareBar percent={share(crew.captains)} label={percent(crew.captains)} />
                </Td>
              </tr>
            ))}
          </TableBody>
        </Table>
      )}

      <h3 className="font-semibold">{t("stats.spreadHeading")}</h3>
      {called.length === 0 ? (
        <p className="text-sm">{t("stage.noCalls")}</p>
      ) : (
        <Table caption={t("stats.spreadCaption")}>
          <TableHead>
            <Th>{t("stats.crew")}</Th>
            <Th align="end">{t("stats.place", { place: 1 })}</Th>
            <Th align="end">{t("stats.place", { place: 2 })}</Th>
            <Th align="end">{t("stats.place", { place: 3 })}</Th>
            {stats.isScored ? <Th align="end">{t("stats.exact")}</Th> : null}
          </TableHead>
          <TableBody>
            {called.map((crew) => (
              <tr key={crew.crewId}>
                <RowHeader className="text-start font-normal">
                  <bdi>{crewName.get(crew.crewId)}</bdi>
                </RowHeader>
                <Td align="end">{crew.p1Calls}</Td>
                <Td align="end">{crew.p2Calls}</Td>
                <Td align="end">{crew.p3Calls}</Td>
                {stats.isScored ? <Td align="end">{crew.exactCalls ?? 0}</Td> : null}
              </tr>
            ))}
          </TableBody>
        </Table>
      )}

      {best ? (
        <>
          <h3 className="font-semibold">{t("stats.bestHeading")}</h3>
          <p className="rounded-lg border border-sand-200 bg-white p-3 text-sm">
            {t("stats.best", { points: best.points, others: best.players - 1 })}{" "}
            <span dir="auto" className="font-semibold">
              {best.player?.name ?? t("stage.deletedPlayer")}
            </span>
            {": "}
            {best.crewIds.map((crewId, index) => (
              <span key={crewId}>
                {index > 0 ? t("stats.listSeparator") : null}
                <bdi>{crewName.get(crewId)}</bdi>
                {crewId === best.captainCrewId ? <> {t("stats.captainMark")}</> : null}
              </span>
            ))}
          </p>
        </>
      ) : null}
    </section>
  );
}
