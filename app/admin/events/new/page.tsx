import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { db } from "@/lib/server/db";
import { requireAdminPage } from "@/lib/server/auth/guard-page";
import { listSeasons } from "@/lib/server/admin/list-admin-events";
import { listTimeZones } from "@/lib/server/admin/time-zones";
import { EventForm } from "@/components/admin/event-form";
import { ClientMessages } from "@/components/i18n/client-messages";
import { AdminBreadcrumb } from "@/components/admin/admin-breadcrumb";
import { withDatabaseNotice } from "@/components/site/database-unavailable";
import { TextLink } from "@/components/ui/text-link";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("admin");
  return { title: t("meta.title", { page: t("meta.newEvent") }) };
}

async function NewEventPage() {
  await requireAdminPage("/admin/events/new");
  const [seasons, t] = await Promise.all([listSeasons(db), getTranslations("admin")]);
  return (
    <div className="max-w-3xl space-y-4">
      <AdminBreadcrumb current={t("crumbs.new")} />
      <h1 className="text-2xl font-bold">{t("newEvent.heading")}</h1>
      {seasons.length === 0 ? (
        <p>{t.rich("newEvent.needSeason", { link: (chunks) => <TextLink href="/admin/seasons">{chunks}</TextLink> })}</p>
      ) : (
        <>
          <p className="text-stone-700">{t("newEvent.draftNote")}</p>
          <ClientMessages groups={["admin.forms.fields", "admin.forms.event"]}>
            <EventForm seasons={seasons} timeZones={listTimeZones()} />
          </ClientMessages>
        </>
      )}
    </div>
  );
}

export default withDatabaseNotice(NewEventPage);
