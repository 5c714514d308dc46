import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { db } from "@/lib/server/db";
import { requireAdminPage } from "@/lib/server/auth/guard-page";
import { getAdminCrew } from "@/lib/server/admin/get-admin-parts";
import { eventSlugSchema, idParamSchema } from "@/lib/validation/params";
import { stageTitleValues } from "@/lib/format/stage-label";
import { CrewForm } from "@/components/admin/crew-form";
import { CrewRetirementForm } from "@/components/admin/crew-retirement-form";
import { ClientMessages } from "@/components/i18n/client-messages";
import { withDatabaseNotice } from "@/components/site/database-unavailable";
import { TextLink } from "@/components/ui/text-link";
import { AdminBreadcrumb } from "@/components/admin/admin-breadcrumb";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("admin");
  return { title: t("meta.title", { page: t("meta.crew") }) };
}

type Props = { params: Promise<{ slug: string; crewId: string }> };

async function AdminCrewPage({ params }: Props) {
  const raw = await params;
  const slug = eventSlugSchema.safeParse(raw.slug);
  const crewId = idParamSchema.safeParse(raw.crewId);
  await requireAdminPage(`/admin/events/${slug.data ?? ""}/crews/${crewId.data ?? ""}`);
  const page = slug.success && crewId.success ? await getAdminCrew(db, slug.data, crewId.data) : null;
  if (!page) notFound();
  const [t, tCommon] = await Promise.all([getTranslations("admin"), getTranslations("common")]);
  const { event, crew } = page;
  const name = `${crew.number === null ? "" : `#${crew.number} `}${crew.driver}`;
  return (
    <div className="max-w-3xl space-y-8">
      <header className="space-y-2">
        <AdminBreadcrumb event={{ slug: event.slug, name: event.name, section: "crews" }} current={t("crumbs.crew")} />
        <h1 className="text-2xl font-bold">
          <bdi>{name}</bdi>
        </h1>
        <p className="text-sm text-stone-700">
          {t.rich("crewPage.usage", {
            rosters: crew._count.rosterVersionCrews,
            results: crew._count.results,
            link: (chunks) => (
              <TextLink tone="plain" href={`/crews/${crew.id}`}>
                {chunks}
              </TextLink>
            ),
          })}
        </p>
      </header>
      <section aria-labelledby="crew-details" className="space-y-3">
        <h2 id="crew-details" className="text-xl font-bold">
          {t("crewPage.details")}
        </h2>
        <ClientMessages groups={["admin.forms.fields", "admin.forms.crew"]}>
          <CrewForm eventId={event.id} teams={event.teams} crew={crew} />
        </ClientMessages>
      </section>
      <section aria-labelledby="crew-retirement" className="space-y-3">
        <h2 id="crew-retirement" className="text-xl font-bold">
          {t("crewPage.retirement")}
        </h2>
        <ClientMessages groups={["admin.forms.fields", "admin.forms.retirement"]}>
          <CrewRetirementForm
            crew={crew}
            stages={event.stages.map((stage) => {
              const title = tCommon("stageTitle", stageTitleValues(stage));
              return { id: stage.id, title: stage.status === "CANCELLED" ? t("crewPage.cancelledStage", { stage: title }) : title };
            })}
          />
        </ClientMessages>
      </section>
    </div>
  );
}

export default withDatabaseNotice(AdminCrewPage);
