import { useTranslations } from "next-intl";
import type { AdminEvent } from "@/lib/server/admin/get-admin-event";
import { StageStatus } from "@/components/events/stage-status";
import { stageTitleValues } from "@/lib/format/stage-label";
import { StartTimes } from "./start-times";
import { RowHeader, Table, TableBody, TableHead, Td, Th } from "@/components/ui/table";
import { TextLink } from "@/components/ui/text-link";

export function AdminStageTable({ event, now }: { event: AdminEvent; now: Date }) {
  const [t, tCommon] = [useTranslations("admin.stageTable"), useTranslations("common")];
  if (event.stages.length === 0) return <p className="text-stone-700">{t("empty")}</p>;
  return (
    <Table caption={t("caption")} className="min-w-[44rem]">
      <TableHead>
        <Th>{t("stage")}</Th>
        <Th>{t("start")}</Th>
        <Th>{t("route")}</Th>
        <Th>{t("status")}</Th>
        <Th>{t("results")}</Th>
        <Th>
          <span className="sr-only">{t("actions")}</span>
        </Th>
      </TableHead>
      <TableBody>
        {event.stages.map((stage) => {
          const title = tCommon("stageTitle", stageTitleValues(stage));
          return (
            <tr key={stage.id} className={stage.status === "CANCELLED" ? "text-stone-500" : undefined}>
              <RowHeader className="align-top font-semibold">
                <TextLink tone="plain" href={`/admin/events/${event.slug}/stages/${stage.id}`}>
                  {title}
                </TextLink>
                {stage.type === "MARATHON" ? <span className="block text-xs font-normal text-stone-600">{t("marathon")}</span> : null}
              </RowHeader>
              <Td className="align-top">
                <StartTimes startsAt={stage.startsAt} timeZone={event.timeZone} />
              </Td>
              <Td className="align-top">
                {tCommon("route", { start: stage.startTown, finish: stage.finishTown })}
                {stage.specialKm !== null ? (
                  <span className="block text-xs text-stone-600">{t("special", { km: stage.specialKm })}</span>
                ) : null}
              </Td>
              <Td className="align-top">
                <StageStatus stage={stage} now={now} />
              </Td>
              <Td className="align-top">{stage._count.results}</Td>
              <Td className="align-top">
                <TextLink href={`/admin/events/${event.slug}/stages/${stage.id}`}>
                  {t.rich("edit", { name: title, hidden: (chunks) => <span className="sr-only">{chunks}</span> })}
                </TextLink>
              </Td>
            </tr>
          );
        })}
      </TableBody>
    </Table>
  );
}
