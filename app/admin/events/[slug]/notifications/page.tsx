import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { db } from "@/lib/server/db";
import { requireAdminPage } from "@/lib/server/auth/guard-page";
import { getNotificationSummary } from "@/lib/server/notifications/admin-summary";
import { eventSlugSchema } from "@/lib/validation/params";
import { stageTitle } from "@/lib/format/stage-label";
import { formatUtcDateTime } from "@/lib/format/date-time";
import { RowHeader, Table, TableBody, TableHead, Td, Th } from "@/components/ui/table";
import { TextLink } from "@/components/ui/text-link";
import { withDatabaseNotice } from "@/components/site/database-unavailable";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Notifications · Admin" };

type Props = { params: Promise<{ slug: string }> };

const counts = (row: { sent: number; queued: number; skipped: number; failed: number }) =>
  `${row.sent} sent · ${row.queued} queued · ${row.skipped} skipped · ${row.failed} failed`;

async function NotificationsPage({ params }: Props) {
  const slug = eventSlugSchema.safeParse((await params).slug);
  await requireAdminPage(`/admin/events/${slug.success ? slug.data : ""}/notifications`);
  if (!slug.success) notFound();
  const event = await db.event.findUnique({ where: { slug: slug.data }, select: { id: true, name: true, slug: true } });
  if (!event) notFound();
  const summary = await getNotificationSummary(db, event.id);
  return (
    <div className="space-y-8">
      <header className="space-y-1">
        <p className="text-sm">
          <TextLink href={`/admin/events/${event.slug}`}>{event.name}</TextLink>
        </p>
        <h1 className="text-2xl font-bold">Reminders and results notices</h1>
        <p className="text-stone-700">
          Players who still miss a roster or a podium call for each stage to come, and what the queue did with each stage&rsquo;s messages.
          Message bodies and links are never kept.
        </p>
      </header>
      <Table caption="Per stage">
        <TableHead>
          <tr>
            <Th>Stage</Th>
            <Th>Starts (UTC)</Th>
            <Th align="right">Players</Th>
            <Th align="right">No roster</Th>
            <Th align="right">No call</Th>
            <Th>Lock reminders</Th>
            <Th>Results notices</Th>
          </tr>
        </TableHead>
        <TableBody>
          {summary.stages.map((stage) => (
            <tr key={stage.id}>
              <RowHeader>{stageTitle(stage)}</RowHeader>
              <Td>{formatUtcDateTime(stage.startsAt, "minute")}</Td>
              <Td align="right">{stage.missing?.players ?? "–"}</Td>
              <Td align="right">{stage.missing?.no_roster ?? "–"}</Td>
              <Td align="right">{stage.missing?.no_call ?? "–"}</Td>
              <Td>{counts(stage.reminders)}</Td>
              <Td>{counts(stage.results)}</Td>
            </tr>
          ))}
        </TableBody>
      </Table>
      <section aria-labelledby="failures" className="space-y-2">
        <h2 id="failures" className="text-lg font-semibold">
          Skipped and failed, by reason
        </h2>
        {summary.failures.length === 0 ? (
          <p className="text-stone-700">None.</p>
        ) : (
          <ul className="list-disc ps-5">
            {summary.failures.map((failure) => (
              <li key={`${failure.kind}-${failure.error}`}>
                {failure.kind === "LOCK_REMINDER" ? "Lock reminders" : "Results notices"}: {failure.error} ({failure.count})
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}

export default withDatabaseNotice(NotificationsPage);
