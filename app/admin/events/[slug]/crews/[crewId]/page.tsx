import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { db } from "@/lib/server/db";
import { requireAdminPage } from "@/lib/server/auth/guard-page";
import { getAdminCrew } from "@/lib/server/admin/get-admin-parts";
import { eventSlugSchema, idParamSchema } from "@/lib/validation/params";
import { stageTitle } from "@/lib/format/stage-label";
import { CrewForm } from "@/components/admin/crew-form";
import { CrewRetirementForm } from "@/components/admin/crew-retirement-form";
import { withDatabaseNotice } from "@/components/site/database-unavailable";
import { TextLink } from "@/components/ui/text-link";

export const metadata: Metadata = { title: "Crew · Admin" };

type Props = { params: Promise<{ slug: string; crewId: string }> };

async function AdminCrewPage({ params }: Props) {
  const raw = await params;
  const slug = eventSlugSchema.safeParse(raw.slug);
  const crewId = idParamSchema.safeParse(raw.crewId);
  await requireAdminPage(`/admin/events/${slug.data ?? ""}/crews/${crewId.data ?? ""}`);
  const page = slug.success && crewId.success ? await getAdminCrew(db, slug.data, crewId.data) : null;
  if (!page) notFound();
  const { event, crew } = page;
  const name = `${crew.number === null ? "" : `#${crew.number} `}${crew.driver}`;
  return (
    <div className="max-w-3xl space-y-8">
      <header className="space-y-2">
        <p className="text-sm text-stone-600">
          <Link href="/admin/events" className="hover:underline">
            Events
          </Link>{" "}
          /{" "}
          <Link href={`/admin/events/${event.slug}#crews`} className="hover:underline">
            {event.name}
          </Link>{" "}
          / Crew
        </p>
        <h1 className="text-2xl font-bold">{name}</h1>
        <p className="text-sm text-stone-700">
          In {crew._count.rosterVersionCrews} saved rosters · {crew._count.results} stage results ·{" "}
          <TextLink tone="plain" href={`/crews/${crew.id}`}>
            public page
          </TextLink>
        </p>
      </header>
      <section aria-labelledby="crew-details" className="space-y-3">
        <h2 id="crew-details" className="text-xl font-bold">
          Details and price
        </h2>
        <CrewForm eventId={event.id} teams={event.teams} crew={crew} />
      </section>
      <section aria-labelledby="crew-retirement" className="space-y-3">
        <h2 id="crew-retirement" className="text-xl font-bold">
          Out of the rally?
        </h2>
        <CrewRetirementForm
          crew={crew}
          stages={event.stages.map((stage) => ({
            id: stage.id,
            title: `${stageTitle(stage)}${stage.status === "CANCELLED" ? " (cancelled)" : ""}`,
          }))}
        />
      </section>
    </div>
  );
}

export default withDatabaseNotice(AdminCrewPage);
