import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { db } from "@/lib/server/db";
import { requireAdminPage } from "@/lib/server/auth/guard-page";
import { getAdminEvent, type AdminEvent } from "@/lib/server/admin/get-admin-event";
import { listSeasons } from "@/lib/server/admin/list-admin-events";
import { listTimeZones } from "@/lib/server/admin/time-zones";
import { eventSlugSchema } from "@/lib/validation/params";
import { formatDateRange, toIsoDate } from "@/lib/format/date-time";
import { EventStatusBadge } from "@/components/events/event-status-badge";
import { EventForm, type EditableEvent } from "@/components/admin/event-form";
import { EventNextSteps } from "@/components/admin/event-next-steps";
import { EventTeams } from "@/components/admin/event-teams";
import { AdminCrewTable } from "@/components/admin/admin-crew-table";
import { AdminStageTable } from "@/components/admin/admin-stage-table";
import { ConfirmPricesForm } from "@/components/admin/confirm-prices-form";
import { EntryListImport } from "@/components/admin/entry-list-import";
import { ClientMessages } from "@/components/i18n/client-messages";
import { AdminBreadcrumb } from "@/components/admin/admin-breadcrumb";
import { withDatabaseNotice } from "@/components/site/database-unavailable";
import { TextLink } from "@/components/ui/text-link";

type Props = { params: Promise<{ slug: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("admin");
  return { title: t("meta.title", { page: t("meta.event") }) };
}

function toEditable(event: AdminEvent): EditableEvent {
  const rules = event.rules as Record<string, unknown>;
  return {
    id: event.id,
    version: event.version,
    seasonId: event.seasonId,
    slug: event.slug,
    name: event.name,
    country: event.country,
    timeZone: event.timeZone,
    startDate: toIsoDate(event.startDate),
    endDate: toIsoDate(event.endDate),
    status: event.status,
    isSample: event.isSample,
    description: event.description,
    rulesJson: Object.keys(rules).length > 0 ? JSON.stringify(rules, null, 2) : "",
    featuredTeamId: event.featuredTeamId,
    teams: event.teams.map((team) => ({ id: team.id, name: team.name })),
  };
}

async function AdminEventPage({ params, searchParams }: Props) {
  const slug = eventSlugSchema.safeParse((await params).slug);
  await requireAdminPage(`/admin/events/${slug.success ? slug.data : ""}`);
  if (!slug.success) notFound();
  const [page, seasons, { created }, t, locale] = await Promise.all([
    getAdminEvent(db, slug.data),
    listSeasons(db),
    searchParams,
    getTranslations("admin"),
    getLocale(),
  ]);
  if (!page) notFound();
  const { event, now } = page;
  const base = `/admin/events/${event.slug}`;

  return (
    <div className="space-y-8">
      <header className="space-y-2">
        <AdminBreadcrumb current={event.season.name} />
        <div className="flex flex-wrap items-center gap-3">
          <h1 className="text-2xl font-bold">{event.name}</h1>
          <EventStatusBadge status={event.status} isSample={event.isSample} />
        </div>
        <p className="text-stone-700">
          {t("event.summary", {
            dates: formatDateRange(event.startDate, event.endDate, locale),
            zone: event.timeZone,
            players: event._count.rosters,
          })}
        </p>
        <p>{t.rich("event.raceDayLink", { link: (chunks) => <TextLink href={`${base}/race-day`}>{chunks}</TextLink> })}</p>
        {created ? (
          <p role="status" className="rounded-md bg-emerald-50 px-3 py-2 text-sm font-medium text-emerald-900">
            {t("event.created")}
          </p>
        ) : null}
      </header>

      <EventNextSteps event={event} />

      <section aria-labelledby="details" className="space-y-3">
        <h2 id="details" className="text-xl font-bold">
          {t("event.details")}
        </h2>
        <ClientMessages groups={["admin.forms.fields", "admin.forms.event"]}>
          <EventForm seasons={seasons} timeZones={listTimeZones()} event={toEditable(event)} />
        </ClientMessages>
      </section>

      <section aria-labelledby="teams" className="space-y-3">
        <h2 id="teams" className="text-xl font-bold">
          {t("event.teams")}
        </h2>
        <ClientMessages groups={["admin.forms.fields", "admin.forms.team"]}>
          <EventTeams event={event} />
        </ClientMessages>
      </section>

      <section aria-labelledby="crews" className="space-y-3">
        <div className="flex flex-wrap items-center justify-between gap-3">
          <h2 id="crews" className="text-xl font-bold">
            {t("event.crews")}
          </h2>
          <TextLink href={`${base}/crews/new`}>{t("event.addCrew")}</TextLink>
        </div>
        <AdminCrewTable event={event} />
        <ClientMessages groups={["admin.forms.prices"]}>
          <ConfirmPricesForm eventId={event.id} sampleCount={event.crews.filter((crew) => crew.isSamplePrice).length} />
        </ClientMessages>
      </section>

      <section aria-labelledby="entry-list" className="space-y-3">
        <h2 id="entry-list" className="text-xl font-bold">
          {t("event.entryList")}
        </h2>
        <ClientMessages groups={["admin.forms.entryList", "admin.csv"]}>
          <EntryListImport
            eventId={event.id}
            crewNumbers={event.crews.flatMap((crew) => (crew.number === null ? [] : [crew.number]))}
            teamNames={event.teams.map((team) => team.name)}
          />
        </ClientMessages>
      </section>

      <section aria-labelledby="stages" className="space-y-3">
        <div className="flex flex-wrap items-center justify-between gap-3">
          <h2 id="stages" className="text-xl font-bold">
            {t("event.stages")}
          </h2>
          <span className="flex flex-wrap gap-4">
            <TextLink href={`${base}/race-day`}>{t("event.raceDay")}</TextLink>
            <TextLink href={`${base}/timetable`}>{t("event.timetable")}</TextLink>
            <TextLink href={`${base}/notifications`}>{t("event.notifications")}</TextLink>
            <TextLink href={`${base}/stages/new`}>{t("event.addStage")}</TextLink>
          </span>
        </div>
        <AdminStageTable event={event} now={now} />
      </section>
    </div>
  );
}

export default withDatabaseNotice(AdminEventPage);
