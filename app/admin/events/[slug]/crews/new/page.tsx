import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { db } from "@/lib/server/db";
import { requireAdminPage } from "@/lib/server/auth/guard-page";
import { getEventSummary } from "@/lib/server/admin/get-admin-parts";
import { eventSlugSchema } from "@/lib/validation/params";
import { CrewForm } from "@/components/admin/crew-form";
import { ClientMessages } from "@/components/i18n/client-messages";
import { withDatabaseNotice } from "@/components/site/database-unavailable";
import { TextLink } from "@/components/ui/text-link";
import { AdminBreadcrumb } from "@/components/admin/admin-breadcrumb";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("admin");
  return { title: t("meta.title", { page: t("meta.newCrew") }) };
}

type Props = { params: Promise<{ slug: string }> };

async function NewCrewPage({ params }: Props) {
  const slug = eventSlugSchema.safeParse((await params).slug);
  await requireAdminPage(`/admin/events/${slug.data ?? ""}/crews/new`);
  const event = slug.success ? await getEventSummary(db, slug.data) : null;
  if (!event) notFound();
  const t = await getTranslations("admin");
  return (
    <div className="max-w-3xl space-y-4">
      <AdminBreadcrumb event={{ slug: event.slug, name: event.name, section: "crews" }} current={t("crumbs.newCrew")} />
      <h1 className="text-2xl font-bold">{t("newCrew.heading")}</h1>
      {event.teams.length === 0 ? (
        <p>{t.rich("newCrew.needTeam", { link: (chunks) => <TextLink href={`/admin/events/${event.slug}#teams`}>{chunks}</TextLink> })}</p>
      ) : (
        <ClientMessages groups={["admin.forms.fields", "admin.forms.crew"]}>
          <CrewForm eventId={event.id} teams={event.teams} />
        </ClientMessages>
      )}
    </div>
  );
}

export default withDatabaseNotice(NewCrewPage);
