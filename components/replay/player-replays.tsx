import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { formatCalendarDate } from "@/lib/format/date-time";

type Run = { id: number; total: number; exact: number; finishedAt: Date | null; event: { slug: string; name: string } };

/** A player's finished replay runs on their public page, each with its event's replay board. */
export async function PlayerReplays({ runs }: { runs: Run[] }) {
  if (runs.length === 0) return null;
  const [t, locale] = await Promise.all([getTranslations("replay"), getLocale()]);
  return (
    <section aria-labelledby="replays-heading" className="space-y-2">
      <h2 id="replays-heading" className="text-lg font-semibold">
        {t("player.heading")}
      </h2>
      <ul className="divide-y divide-sand-100 rounded-lg border border-sand-200 bg-white">
        {runs.map((run) => (
          <li key={run.id} className="flex flex-wrap items-baseline justify-between gap-2 px-4 py-2">
            <Link href={`/events/${run.event.slug}/replays`} className="font-semibold hover:underline">
              {run.event.name}
            </Link>
            <span className="text-sm">
              {t("player.run", {
                total: run.total,
                exact: run.exact,
                date: run.finishedAt ? formatCalendarDate(run.finishedAt, locale) : "",
              })}
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
