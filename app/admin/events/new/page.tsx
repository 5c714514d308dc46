import type { Metadata } from "next";
import Link from "next/link";
import { db } from "@/lib/server/db";
import { requireAdminPage } from "@/lib/server/auth/guard-page";
import { listSeasons } from "@/lib/server/admin/list-admin-events";
import { listTimeZones } from "@/lib/server/admin/time-zones";
import { EventForm } from "@/components/admin/event-form";
import { withDatabaseNotice } from "@/components/site/database-unavailable";
import { TextLink } from "@/components/ui/text-link";

export const metadata: Metadata = { title: "New event · Admin" };

async function NewEventPage() {
  await requireAdminPage("/admin/events/new");
  const seasons = await listSeasons(db);
  return (
    <div className="max-w-3xl space-y-4">
      <p className="text-sm text-stone-600">
        <Link href="/admin/events" className="hover:underline">
          Events
        </Link>{" "}
        / New
      </p>
      <h1 className="text-2xl font-bold">New event</h1>
      {seasons.length === 0 ? (
        <p>
          Every event belongs to a season. <TextLink href="/admin/seasons">Create a season first</TextLink>.
        </p>
      ) : (
        <>
          <p className="text-stone-700">New events start as drafts, hidden from players, until you set them to Upcoming.</p>
          <EventForm seasons={seasons} timeZones={listTimeZones()} />
        </>
      )}
    </div>
  );
}

export default withDatabaseNotice(NewEventPage);
