import Link from "next/link";
import { requireAdminPage } from "@/lib/server/auth/guard-page";
import { withDatabaseNotice } from "@/components/site/database-unavailable";

export const dynamic = "force-dynamic";

async function AdminLayout({ children }: { children: React.ReactNode }) {
  await requireAdminPage("/admin");
  return (
    <div className="space-y-6">
      <nav aria-label="Admin" className="flex flex-wrap gap-4 border-b border-sand-200 pb-3 text-sm font-semibold">
        <Link href="/admin" className="hover:underline">
          Overview
        </Link>
        <Link href="/admin/events" className="hover:underline">
          Events
        </Link>
        <Link href="/admin/seasons" className="hover:underline">
          Seasons
        </Link>
        <Link href="/admin/users" className="hover:underline">
          Users
        </Link>
        <Link href="/admin/audit" className="hover:underline">
          Audit log
        </Link>
      </nav>
      {children}
    </div>
  );
}

export default withDatabaseNotice(AdminLayout);
