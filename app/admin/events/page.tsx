import type { Metadata } from "next";
import Link from "next/link";
import { db } from "@/lib/server/db";
import { requireAdminPage } from "@/lib/server/auth/guard-page";
import { listAdminEvents } from "@/lib/server/admin/list-admin-events";
import { formatDateRange } from "@/lib/format/date-time";
import { EventStatusBadge } from "@/components/events/event-status-badge";
import { withDatabaseNotice } from "@/components/site/database-unavailable";
import { RowHeader, Table, TableBody, TableHead, Td, Th } from "@/components/ui/table";
import { TextLink } from "@/components/ui/text-link";

export const metadata: Metadata = { title: "Events · Admin" };

async function AdminEventsPage() {
  await requireAdminPage("/admin/events");
  const events = await listAdminEvents(db);
  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-bold">Events</h1>
        <div className="flex flex-wrap gap-3">
          <Link
            href="/admin/seasons"
            className="inline-flex min-h-11 items-center rounded-md px-4 py-2 font-semibold ring-1 ring-stone-400 ring-inset hover:bg-sand-100"
          >
            Seasons
          </Link>
          <Link
            href="/admin/events/new"
            className="inline-flex min-h-11 items-center rounded-md bg-dune-700 px-4 py-2 font-semibold text-white hover:bg-dune-600"
          >
            New event
          </Link>
        </div>
      </div>
      {events.length === 0 ? (
        <p className="text-stone-700">No events yet. Create a season first, then the event.</p>
      ) : (
        <Table caption="Events with dates, status and what is set up" className="min-w-[40rem]">
          <TableHead>
            <Th>Event</Th>
            <Th>Dates</Th>
            <Th>Status</Th>
            <Th>Set up</Th>
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
                <Td className="align-top">{formatDateRange(event.startDate, event.endDate)}</Td>
                <Td className="align-top">
                  <EventStatusBadge status={event.status} isSample={event.isSample} />
                </Td>
                <Td className="align-top text-stone-700">
                  {event._count.teams} teams · {event._count.crews} crews · {event._count.stages} stages · {event._count.rosters} players
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
