import { getLocale, getTranslations } from "next-intl/server";
import type { CrewStats } from "@/lib/server/stats/get-crew-stats";
import { directionOf } from "@/lib/i18n/locales";
import { LineChart } from "@/components/players/progress-chart";
import { RowHeader, Table, TableBody, TableHead, Td, Th } from "@/components/ui/table";

/** A crew in the game over its event's locked stages: form, ownership trend (chart and table), points per stage. */
export async function CrewStatsSection({ stats, isPending }: { stats: CrewStats; isPending: boolean }) {
  const [t, locale] = await Promise.all([getTranslations("events"), getLocale()]);
  const isRtl = directionOf(locale) === "rtl";
  const tick = (stageNumber: number) => t("crewStats.tick", { kind: stageNumber === 0 ? "prologue" : "numbered", number: stageNumber });
  const percent = (value: number) => t("stats.percent", { share: value / 100 });
  return (
    <section aria-labelledby="crew-stats" className="space-y-3">
      <h2 id="crew-stats" className="text-2xl font-bold">
        {t("crewStats.heading")}
      </h2>
      {isPending ? <p className="text-sm text-stone-700">{t("stats.pending")}</p> : null}
      {stats.stages.length === 0 ? (
        <p className="text-sm">{t("crewStats.none")}</p>
      ) : (
        <>
          <p className="text-sm">
            {stats.form === null ? t("crewStats.noForm") : t("crewStats.form", { points: stats.form, stages: stats.formStages })}
          </p>
          <LineChart
            label={t("crewStats.ownershipChart")}
            values={stats.stages.map((stage) => ({ x: tick(stage.stageNumber), y: stage.ownership }))}
            isInverted={false}
            color="#b45309"
            isRtl={isRtl}
          />
          <Table caption={t("crewStats.tableCaption")}>
            <TableHead>
              <Th>{t("crewStats.stage")}</Th>
              <Th align="end">{t("stats.owned")}</Th>
              <Th align="end">{t("stats.captained")}</Th>
              <Th align="end">{t("crewStats.points")}</Th>
            </TableHead>
            <TableBody>
              {stats.stages.map((stage) => (
                <tr key={stage.stageNumber}>
                  <RowHeader>{tick(stage.stageNumber)}</RowHeader>
                  <Td align="end">{percent(stage.ownership)}</Td>
                  <Td align="end">{percent(stage.captaincy)}</Td>
                  <Td align="end">{stage.points === null ? t("crewStats.notScored") : stage.points}</Td>
                </tr>
              ))}
            </TableBody>
          </Table>
        </>
      )}
    </section>
  );
}
