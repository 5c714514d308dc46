import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { db } from "@/lib/server/db";
import { requireAdminPage } from "@/lib/server/auth/guard-page";
import { getAdminEvent } from "@/lib/server/admin/get-admin-event";
import { eventSlugSchema } from "@/lib/validation/params";
import { formatInTimeZone, timeZoneLabel } from "@/lib/format/date-time";
import { utcToLocalInput } from "@/lib/format/zoned-time";
import { stageTitleValues } from "@/lib/format/stage-label";
import { TimetableForm, type TimetableStage } from "@/components/admin/timetable-form";
import { ClientMessages } from "@/components/i18n/client-messages";
import { withDatabaseNotice } from "@/components/site/database-unavailable";
import { AdminBreadcrumb } from "@/components/admin/admin-breadcrumb";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("admin");
  return { title: t("meta.title", { page: t("meta.timetable") }) };
}

type Props = { params: Promise<{ slug: string }> };

async function TimetablePage({ params }: Props) {
  const slug = eventSlugSchema.safeParse((await params).slug);
  await requireAdminPage(`/admin/events/${slug.success ? slug.data : ""}/timetable`);
  if (!slug.success) notFound();
  const page = await getAdminEvent(db, slug.data);
  if (!page) notFound();
  const { event, now } = page;
  const [t, tCommon, locale] = await Promise.all([getTranslations("admin"), getTranslations("common"), getLocale()]);
  const stages: TimetableStage[] = event.stages.map((stage) => ({
    id: stage.id,
    version: stage.version,
    title: tCommon("stageTitle", stageTitleValues(stage)),
    isLocked: stage.startsAt <= now,
    isCancelled: stage.status === "CANCELLED",
    startsAtLocal: utcToLocalInput(stage.startsAt, event.timeZone),
    startTown: stage.startTown,
    finishTown: stage.finishTown,
    specialKm: stage.specialKm?.toString() ?? "",
    totalKm: stage.totalKm?.toString() ?? "",
  }));

  return (
    <div className="space-y-6">
      <header className="space-y-2">
        <AdminBreadcrumb event={{ slug: event.slug, name: event.name, section: "stages" }} current={t("crumbs.timetable")} />
        <h1 className="text-2xl font-bold">{t("timetable.heading")}</h1>
        <p className="text-stone-700">
          {t("timetable.intro", { zone: event.timeZone, now: formatInTimeZone(now, event.timeZone, {}, locale) })}
        </p>
      </header>
      {stages.length === 0 ? (
        <p className="text-stone-700">{t("timetable.empty")}</p>
      ) : (
        <ClientMessages groups={["admin.forms.timetable"]}>
          <TimetableForm eventId={event.id} stages={stages} zoneLabel={timeZoneLabel(now, event.timeZone, locale)} />
        </ClientMessages>
      )}
    </div>
  );
}

export default withDatabaseNotice(TimetablePage);
