import type { Metadata } from "next";
import { db } from "@/lib/server/db";
import { requireAdminPage } from "@/lib/server/auth/guard-page";
import { withDatabaseNotice } from "@/components/site/database-unavailable";
import { TextLink } from "@/components/ui/text-link";

export const metadata: Metadata = { title: "Admin" };

async function AdminHome() {
  await requireAdminPage("/admin");
  const [users, admins, events] = await Promise.all([
    db.user.count({ where: { deletedAt: null } }),
    db.user.count({ where: { deletedAt: null, role: "ADMIN" } }),
    db.event.count(),
  ]);
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold">Admin</h1>
      <dl className="grid max-w-md grid-cols-3 gap-3 text-center">
        {[
          ["Players", users],
          ["Admins", admins],
          ["Events", events],
        ].map(([label, value]) => (
          <div key={label} className="rounded-lg border border-sand-200 bg-white p-3">
            <dt className="text-sm text-stone-600">{label}</dt>
            <dd className="text-2xl font-bold">{value}</dd>
          </div>
        ))}
      </dl>
      <p>
        <TextLink href="/admin/users">Manage users and admins</TextLink>
      </p>
    </div>
  );
}

export default withDatabaseNotice(AdminHome);
