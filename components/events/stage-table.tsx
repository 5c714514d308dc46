import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import type { EventPage } from "@/lib/server/events/get-event-page";
import { formatCalendarDate } from "@/lib/format/date-time";
import { StageStart } from "@/components/time/stage-start";
import { StageStatus } from "./stage-status";

import { RowHeader, Table, TableBody, TableHead, Td, Th } from "@/components/ui/table";
import { stageTitleValues } from "@/lib/format/stage-label";

type Stage = EventPage["event"]["stages"][number];

export async function StageTable({
  stages,
  now,
  timeZone,
  eventSlug,
}: {
  stages: Stage[];
  now: Date;
  timeZone: string;
  eventSlug: string;
}) {
  const [t, tCommon, locale] = await Promise.all([getTranslations("events"), getTranslations("common"), getLocale()]);
  const distance = (stage: Stage): string => {
    if (stage.specialKm !== null && stage.totalKm !== null)
      return t("stageTable.specialAndTotal", { special: stage.specialKm, total: stage.totalKm });
    if (stage.specialKm !== null) return t("stageTable.specialOnly", { special: stage.specialKm });
    if (stage.totalKm !== null) return t("stageTable.totalOnly", { total: stage.totalKm });
    return "—";
  };
  return (
    <Table caption={t("stageTable.caption")} className="min-w-[44rem]">
      <TableHead>
        <Th>{t("stageTable.stage")}</Th>
        <Th>{t("stageTable.start")}</Th>
        <Th>{t("stageTable.route")}</Th>
        <Th>{t("stageTable.distance")}</Th>
        <Th>{t("stageTable.status")}</Th>
        <Th>{t("stageTable.podium")}</Th>
      </TableHead>
      <TableBody>
        {stages.map((stage) => (
          <tr key={stage.id} className={stage.status === "CANCELLED" ? "text-stone-500" : undefined}>
            <RowHeader className="align-top font-semibold">
              <Link href={`/events/${eventSlug}/stages/${stage.number}`} className="hover:underline">
                {tCommon("stageTitle", stageTitleValues(stage))}
              </Link>
              <span className="block text-xs font-normal text-stone-600">
                {stage.type === "MARATHON" ? (
                  <>
                    {t("stageTable.marathon")}
                    {" · "}
                  </>
                ) : null}
                {formatCalendarDate(stage.startsAt, locale)}
              </span>
            </RowHeader>
            <Td className="align-top">
              <StageStart startsAt={stage.startsAt} eventTimeZone={timeZone} />
            </Td>
            <Td className="align-top">{tCommon("route", { start: stage.startTown, finish: stage.finishTown })}</Td>
            <Td className="align-top">{distance(stage)}</Td>
            <Td className="align-top">
              <StageStatus stage={stage} now={now} />
            </Td>
            <Td className="align-top">
              {stage.correctedAt ? (
                <p className="mb-1 text-xs font-semibold text-amber-900">
                  {t("stageTable.corrected", { date: formatCalendarDate(stage.correctedAt, locale) })}
                  {stage.correctionReason ? (
                    <>
                      {": "}
                      <span dir="auto">{stage.correctionReason}</span>
                    </>
                  ) : null}
                </p>
              ) : null}
              {stage.results.length === 0 ? (
                <span className="text-stone-600">—</span>
              ) : (
                <ol className="space-y-0.5">
                  {stage.results.map((result) => (
                    <li key={result.crew.id}>
                      <span className="font-mono text-xs">{t("result.position", { position: result.position ?? 0 })}</span>{" "}
                      <Link href={`/crews/${result.crew.id}`} className="hover:underline">
                        {result.crew.driver}
                      </Link>
                    </li>
                  ))}
                </ol>
              )}
            </Td>
          </tr>
        ))}
      </TableBody>
    </Table>
  );
}
