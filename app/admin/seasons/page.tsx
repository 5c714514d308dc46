import type { Metadata } from "next";
import Link from "next/link";
import { db } from "@/lib/server/db";
import { requireAdminPage } from "@/lib/server/auth/guard-page";
import { listSeasons } from "@/lib/server/admin/list-admin-events";
import { SeasonForm } from "@/components/admin/season-form";
import { withDatabaseNotice } from "@/components/site/database-unavailable";

export const metadata: Metadata = { title: "Seasons · Admin" };

async function AdminSeasonsPage() {
  await requireAdminPage("/admin/seasons");
  const seasons = await listSeasons(db);
  return (
    <div className="max-w-3xl space-y-6">
      <p className="text-sm text-stone-600">
        <Link href="/admin/events" className="hover:underline">
          Events
        </Link>{" "}
        / Seasons
      </p>
      <h1 className="text-2xl font-bold">Seasons</h1>
      {seasons.length === 0 ? <p className="text-stone-700">No seasons yet.</p> : null}
      <ul className="space-y-2">
        {seasons.map((season) => (
          <li key={season.id} className="rounded-lg border border-sand-200 bg-white">
            <details>
              <summary className="flex min-h-11 cursor-pointer flex-wrap items-center gap-2 px-4 py-2">
                <span className="font-semibold">{season.name}</span>
                <span className="text-sm text-stone-600">
                  {season.year} · {season.slug} · {season._count.events} {season._count.events === 1 ? "event" : "events"}
                </span>
                <span className="ml-auto text-sm font-semibold text-dune-700 underline">Edit</span>
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
          New season
        </h2>
        <SeasonForm />
      </section>
    </div>
  );
}

export default withDatabaseNotice(AdminSeasonsPage);
