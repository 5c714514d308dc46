import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { db } from "@/lib/server/db";
import { requireAdminPage } from "@/lib/server/auth/guard-page";
import { getEventSummary } from "@/lib/server/admin/get-admin-parts";
import { eventSlugSchema } from "@/lib/validation/params";
import { CrewForm } from "@/components/admin/crew-form";
import { withDatabaseNotice } from "@/components/site/database-unavailable";
import { TextLink } from "@/components/ui/text-link";

export const metadata: Metadata = { title: "New crew · Admin" };

type Props = { params: Promise<{ slug: string }> };

async function NewCrewPage({ params }: Props) {
  const slug = eventSlugSchema.safeParse((await params).slug);
  await requireAdminPage(`/admin/events/${slug.data ?? ""}/crews/new`);
  const event = slug.success ? await getEventSummary(db, slug.data) : null;
  if (!event) notFound();
  return (
    <div className="max-w-3xl space-y-4">
      <p className="text-sm text-stone-600">
        <Link href="/admin/events" className="hover:underline">
          Events
        </Link>{" "}
        /{" "}
        <Link href={`/admin/events/${event.slug}#crews`} className="hover:underline">
          {event.name}
        </Link>{" "}
        / New crew
      </p>
      <h1 className="text-2xl font-bold">New crew</h1>
      {event.teams.length === 0 ? (
        <p>
          Every crew belongs to a team. <TextLink href={`/admin/events/${event.slug}#teams`}>Add a team first</TextLink>.
        </p>
      ) : (
        <CrewForm eventId={event.id} teams={event.teams} />
      )}
    </div>
  );
}

export default withDatabaseNotice(NewCrewPage);
