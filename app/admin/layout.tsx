import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { requireAdminPage } from "@/lib/server/auth/guard-page";
import { withDatabaseNotice } from "@/components/site/database-unavailable";

export const dynamic = "force-dynamic";

async function AdminLayout({ children }: { children: React.ReactNode }) {
  await requireAdminPage("/admin");
  const t = await getTranslations("admin");
  return (
    <div className="space-y-6">
      <nav aria-label={t("nav.label")} className="flex flex-wrap gap-4 border-b border-sand-200 pb-3 text-sm font-semibold">
        <Link href="/admin" className="hover:underline">
          {t("nav.overview")}
        </Link>
        <Link href="/admin/events" className="hover:underline">
          {t("nav.events")}
        </Link>
        <Link href="/admin/seasons" className="hover:underline">
          {t("nav.seasons")}
        </Link>
        <Link href="/admin/users" className="hover:underline">
          {t("nav.users")}
        </Link>
        <Link href="/admin/audit" className="hover:underline">
          {t("nav.audit")}
        </Link>
      </nav>
      {children}
    </div>
  );
}

export default withDatabaseNotice(AdminLayout);
