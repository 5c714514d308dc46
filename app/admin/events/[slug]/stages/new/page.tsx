import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { db } from "@/lib/server/db";
import { requireAdminPage } from "@/lib/server/auth/guard-page";
import { getEventSummary } from "@/lib/server/admin/get-admin-parts";
import { eventSlugSchema } from "@/lib/validation/params";
import { timeZoneLabel } from "@/lib/format/date-time";
import { StageForm } from "@/components/admin/stage-form";
import { ClientMessages } from "@/components/i18n/client-messages";
import { withDatabaseNotice } from "@/components/site/database-unavailable";
import { AdminBreadcrumb } from "@/components/admin/admin-breadcrumb";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("admin");
  return { title: t("meta.title", { page: t("meta.newStage") }) };
}

type Props = { params: Promise<{ slug: string }> };

async function NewStagePage({ params }: Props) {
  const slug = eventSlugSchema.safeParse((await params).slug);
  await requireAdminPage(`/admin/events/${slug.data ?? ""}/stages/new`);
  const event = slug.success ? await getEventSummary(db, slug.data) : null;
  if (!event) notFound();
  const last = event.stages.at(-1);
  const [t, locale] = await Promise.all([getTranslations("admin"), getLocale()]);
  return (
    <div className="max-w-3xl space-y-4">
      <AdminBreadcrumb event={{ slug: event.slug, name: event.name, section: "stages" }} current={t("crumbs.newStage")} />
      <h1 className="text-2xl font-bold">{t("newStage.heading")}</h1>
      <p className="text-stone-700">{t("newStage.soFar", { count: event.stages.length })}</p>
      <ClientMessages groups={["admin.forms.fields", "admin.forms.stage"]}>
        <StageForm
          mode="create"
          eventId={event.id}
          timeZone={event.timeZone}
          timeZoneLabel={timeZoneLabel(new Date(), event.timeZone, locale)}
          nextNumber={last ? last.number + 1 : 0}
        />
      </ClientMessages>
    </div>
  );
}

export default withDatabaseNotice(NewStagePage);
