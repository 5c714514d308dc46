import { useTranslations } from "next-intl";
import type { AdminEvent } from "@/lib/server/admin/get-admin-event";
import { stageTitleValues } from "@/lib/format/stage-label";
import { Badge } from "@/components/ui/badge";
import { RowHeader, Table, TableBody, TableHead, Td, Th } from "@/components/ui/table";
import { TextLink } from "@/components/ui/text-link";

export function AdminCrewTable({ event }: { event: AdminEvent }) {
  const [t, tCommon] = [useTranslations("admin.crewTable"), useTranslations("common")];
  if (event.crews.length === 0) return <p className="text-stone-700">{t("empty")}</p>;
  return (
    <Table caption={t("caption")} className="min-w-[44rem]">
      <TableHead>
        <Th>{t("number")}</Th>
        <Th>{t("crew")}</Th>
        <Th>{t("team")}</Th>
        <Th>{t("category")}</Th>
        <Th align="end">{t("price")}</Th>
        <Th>{t("status")}</Th>
        <Th>
          <span className="sr-only">{t("actions")}</span>
        </Th>
      </TableHead>
      <TableBody>
        {event.crews.map((crew) => (
          <tr key={crew.id}>
            <Td className="align-top font-mono">{crew.number ?? "—"}</Td>
            <RowHeader className="align-top font-semibold">
              <TextLink tone="plain" href={`/admin/events/${event.slug}/crews/${crew.id}`}>
                {crew.driver}
              </TextLink>
              {crew.driverNationality ? <span className="font-normal text-stone-600"> ({crew.driverNationality})</span> : null}
              {crew.coDriver ? (
                <span className="block font-normal text-stone-700">
                  {crew.coDriver}
                  {crew.coDriverNationality ? ` (${crew.coDriverNationality})` : ""}
                </span>
              ) : null}
            </RowHeader>
            <Td className="align-top">{crew.team.name}</Td>
            <Td className="align-top">{t("categoryName", { category: crew.category })}</Td>
            <Td align="end" className="align-top">
              {crew.price}
              {crew.isSamplePrice ? (
                <span className="block">
                  <Badge tone="warning">{t("sample")}</Badge>
                </span>
              ) : null}
            </Td>
            <Td className="align-top">
              {crew.status === "RETIRED" ? (
                <Badge tone="muted">
                  {crew.retiredAfter
                    ? t("outAfter", { stage: tCommon("stageTitle", stageTitleValues({ ...crew.retiredAfter, name: null })) })
                    : t("retired")}
                </Badge>
              ) : (
                <Badge tone="success">{t("running")}</Badge>
              )}
            </Td>
            <Td className="align-top">
              <TextLink href={`/admin/events/${event.slug}/crews/${crew.id}`}>
                {t.rich("edit", { name: crew.driver, hidden: (chunks) => <span className="sr-only">{chunks}</span> })}
              </TextLink>
            </Td>
          </tr>
        ))}
      </TableBody>
    </Table>
  );
}
