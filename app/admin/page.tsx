import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { db } from "@/lib/server/db";
import { requireAdminPage } from "@/lib/server/auth/guard-page";
import { withDatabaseNotice } from "@/components/site/database-unavailable";
import { TextLink } from "@/components/ui/text-link";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("admin");
  return { title: t("meta.admin") };
}

async function AdminHome() {
  await requireAdminPage("/admin");
  const [t, users, admins, events] = await Promise.all([
    getTranslations("admin"),
    db.user.count({ where: { deletedAt: null } }),
    db.user.count({ where: { deletedAt: null, role: "ADMIN" } }),
    db.event.count(),
  ]);
  const counts = [
    { key: "players", label: t("home.players"), value: users },
    { key: "admins", label: t("home.admins"), value: admins },
    { key: "events", label: t("home.events"), value: events },
  ];
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold">{t("home.heading")}</h1>
      <dl className="grid max-w-md grid-cols-3 gap-3 text-center">
        {counts.map(({ key, label, value }) => (
          <div key={key} className="rounded-lg border border-sand-200 bg-white p-3">
            <dt className="text-sm text-stone-600">{label}</dt>
            <dd className="text-2xl font-bold">{value}</dd>
          </div>
        ))}
      </dl>
      <p>
        <TextLink href="/admin/users">{t("home.manageUsers")}</TextLink>
      </p>
    </div>
  );
}

export default withDatabaseNotice(AdminHome);
