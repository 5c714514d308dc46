import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { db } from "@/lib/server/db";
import { requireUserPage } from "@/lib/server/auth/guard-page";
import { EventStatusBadge } from "@/components/events/event-status-badge";
import { withDatabaseNotice } from "@/components/site/database-unavailable";
import { TextLink } from "@/components/ui/text-link";

export const dynamic = "force-dynamic";
export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("play");
  return { title: t("index.title") };
}

async function PlayIndexPage() {
  await requireUserPage("/play");
  const t = await getTranslations("play");
  const events = await db.event.findMany({ where: { status: { in: ["UPCOMING", "LIVE", "COMPLETED"] } }, orderBy: { startDate: "desc" } });
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold">{t("index.title")}</h1>
      <ul className="space-y-2">
        {events.map((event) => (
          <li key={event.id} className="flex flex-wrap items-center gap-3 rounded-lg border border-sand-200 bg-white p-4">
            <TextLink href={`/play/${event.slug}`}>{event.name}</TextLink>
            <EventStatusBadge status={event.status} isSample={event.isSample} />
          </li>
        ))}
      </ul>
    </div>
  );
}

export default withDatabaseNotice(PlayIndexPage);
