import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { db } from "@/lib/server/db";
import { requireAdminPage } from "@/lib/server/auth/guard-page";
import { listSeasons } from "@/lib/server/admin/list-admin-events";
import { SeasonForm } from "@/components/admin/season-form";
import { ClientMessages } from "@/components/i18n/client-messages";
import { AdminBreadcrumb } from "@/components/admin/admin-breadcrumb";
import { withDatabaseNotice } from "@/components/site/database-unavailable";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("admin");
  return { title: t("meta.title", { page: t("meta.seasons") }) };
}

async function AdminSeasonsPage() {
  await requireAdminPage("/admin/seasons");
  const [seasons, t] = await Promise.all([listSeasons(db), getTranslations("admin")]);
  return (
    <div className="max-w-3xl space-y-6">
      <AdminBreadcrumb current={t("crumbs.seasons")} />
      <h1 className="text-2xl font-bold">{t("seasons.heading")}</h1>
      {seasons.length === 0 ? <p className="text-stone-700">{t("seasons.empty")}</p> : null}
      <ClientMessages groups={["admin.forms.fields", "admin.forms.season"]}>
        <ul className="space-y-2">
          {seasons.map((season) => (
            <li key={season.id} className="rounded-lg border border-sand-200 bg-white">
              <details>
                <summary className="flex min-h-11 cursor-pointer flex-wrap items-center gap-2 px-4 py-2">
                  <span className="font-semibold">{season.name}</span>
                  <span className="text-sm text-stone-600">
                    {t("seasons.summary", { year: String(season.year), slug: season.slug, count: season._count.events })}
                  </span>
                  <span className="ms-auto text-sm font-semibold text-dune-700 underline">{t("seasons.edit")}</span>
                </summary>
                <div className="border-t border-sand-100 px-4 py-3">
                  <SeasonForm season={season} />
                </div>
              </details>
            </li>
          ))}
        </ul>
        <section aria-labelledby="new-season" className="space-y-3 rounded-lg border border-dashed border-stone-400 bg-white p-4">
          <h2 id="new-season" className="font-bold">
            {t("seasons.new")}
          </h2>
          <SeasonForm />
        </section>
      </ClientMessages>
    </div>
  );
}

export default withDatabaseNotice(AdminSeasonsPage);
