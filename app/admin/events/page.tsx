import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { db } from "@/lib/server/db";
import { requireAdminPage } from "@/lib/server/auth/guard-page";
import { listAdminEvents } from "@/lib/server/admin/list-admin-events";
import { formatDateRange } from "@/lib/format/date-time";
import { EventStatusBadge } from "@/components/events/event-status-badge";
import { withDatabaseNotice } from "@/components/site/database-unavailable";
import { RowHeader, Table, TableBody, TableHead, Td, Th } from "@/components/ui/table";
import { TextLink } from "@/components/ui/text-link";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("admin");
  return { title: t("meta.title", { page: t("meta.events") }) };
}

async function AdminEventsPage() {
  await requireAdminPage("/admin/events");
  const [events, t, locale] = await Promise.all([listAdminEvents(db), getTranslations("admin"), getLocale()]);
  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-bold">{t("events.heading")}</h1>
        <div className="flex flex-wrap gap-3">
          <Link
            href="/admin/seasons"
            className="inline-flex min-h-11 items-center rounded-md px-4 py-2 font-semibold ring-1 ring-stone-400 ring-inset hover:bg-sand-100"
          >
            {t("events.seasons")}
          </Link>
          <Link
            href="/admin/events/new"
            className="inline-flex min-h-11 items-center rounded-md bg-dune-700 px-4 py-2 font-semibold text-white hover:bg-dune-600"
          >
            {t("events.newEvent")}
          </Link>
        </div>
      </div>
      {events.length === 0 ? (
        <p className="text-stone-700">{t("events.empty")}</p>
      ) : (
        <Table caption={t("events.caption")} className="min-w-[40rem]">
          <TableHead>
            <Th>{t("events.event")}</Th>
            <Th>{t("events.dates")}</Th>
            <Th>{t("events.status")}</Th>
            <Th>{t("events.setUp")}</Th>
          </TableHead>
          <TableBody>
            {events.map((event) => (
              <tr key={event.id}>
                <RowHeader className="align-top font-semibold">
                  <TextLink tone="plain" href={`/admin/events/${event.slug}`}>
                    {event.name}
                  </TextLink>
                  <span className="block text-xs font-normal text-stone-600">{event.season.name}</span>
                </RowHeader>
                <Td className="align-top">{formatDateRange(event.startDate, event.endDate, locale)}</Td>
                <Td className="align-top">
                  <EventStatusBadge status={event.status} isSample={event.isSample} />
                </Td>
                <Td className="align-top text-stone-700">
                  {t("events.setUpCounts", {
                    teams: event._count.teams,
                    crews: event._count.crews,
                    stages: event._count.stages,
                    players: event._count.rosters,
                  })}
                </Td>
              </tr>
            ))}
          </TableBody>
        </Table>
      )}
    </div>
  );
}

export default withDatabaseNotice(AdminEventsPage);
