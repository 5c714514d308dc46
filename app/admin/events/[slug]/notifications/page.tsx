import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { db } from "@/lib/server/db";
import { requireAdminPage } from "@/lib/server/auth/guard-page";
import { getNotificationSummary } from "@/lib/server/notifications/admin-summary";
import { eventSlugSchema } from "@/lib/validation/params";
import { stageTitleValues } from "@/lib/format/stage-label";
import { formatUtcDateTime } from "@/lib/format/date-time";
import { RowHeader, Table, TableBody, TableHead, Td, Th } from "@/components/ui/table";
import { TextLink } from "@/components/ui/text-link";
import { withDatabaseNotice } from "@/components/site/database-unavailable";

export const dynamic = "force-dynamic";
export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("admin");
  return { title: t("meta.title", { page: t("meta.notifications") }) };
}

type Props = { params: Promise<{ slug: string }> };

async function NotificationsPage({ params }: Props) {
  const slug = eventSlugSchema.safeParse((await params).slug);
  await requireAdminPage(`/admin/events/${slug.success ? slug.data : ""}/notifications`);
  if (!slug.success) notFound();
  const event = await db.event.findUnique({ where: { slug: slug.data }, select: { id: true, name: true, slug: true } });
  if (!event) notFound();
  const [summary, t, tCommon] = await Promise.all([
    getNotificationSummary(db, event.id),
    getTranslations("admin"),
    getTranslations("common"),
  ]);
  return (
    <div className="space-y-8">
      <header className="space-y-1">
        <p className="text-sm">
          <TextLink href={`/admin/events/${event.slug}`}>{event.name}</TextLink>
        </p>
        <h1 className="text-2xl font-bold">{t("notifications.heading")}</h1>
        <p className="text-stone-700">{t("notifications.intro")}</p>
      </header>
      <Table caption={t("notifications.caption")}>
        <TableHead>
          <Th>{t("notifications.stage")}</Th>
          <Th>{t("notifications.starts")}</Th>
          <Th align="end">{t("notifications.players")}</Th>
          <Th align="end">{t("notifications.noRoster")}</Th>
          <Th align="end">{t("notifications.noCall")}</Th>
          <Th>{t("notifications.reminders")}</Th>
          <Th>{t("notifications.results")}</Th>
        </TableHead>
        <TableBody>
          {summary.stages.map((stage) => (
            <tr key={stage.id}>
              <RowHeader>{tCommon("stageTitle", stageTitleValues(stage))}</RowHeader>
              <Td>
                <span dir="ltr">{formatUtcDateTime(stage.startsAt, "minute")}</span>
              </Td>
              <Td align="end">{stage.missing?.players ?? "–"}</Td>
              <Td align="end">{stage.missing?.no_roster ?? "–"}</Td>
              <Td align="end">{stage.missing?.no_call ?? "–"}</Td>
              <Td>{t("notifications.counts", stage.reminders)}</Td>
              <Td>{t("notifications.counts", stage.results)}</Td>
            </tr>
          ))}
        </TableBody>
      </Table>
      <section aria-labelledby="failures" className="space-y-2">
        <h2 id="failures" className="text-lg font-semibold">
          {t("notifications.failures")}
        </h2>
        {summary.failures.length === 0 ? (
          <p className="text-stone-700">{t("notifications.none")}</p>
        ) : (
          <ul className="list-disc ps-5">
            {summary.failures.map((failure) => (
              <li key={`${failure.kind}-${failure.error}`}>
                {t("notifications.failure", { kind: failure.kind, error: failure.error, count: failure.count })}
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}

export default withDatabaseNotice(NotificationsPage);
