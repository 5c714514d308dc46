import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { db } from "@/lib/server/db";
import { requireAdminPage } from "@/lib/server/auth/guard-page";
import { getRaceDay, type LastPublish } from "@/lib/server/admin/get-race-day";
import { eventSlugSchema } from "@/lib/validation/params";
import { formatInTimeZone } from "@/lib/format/date-time";
import { stageTitle } from "@/lib/format/stage-label";
import { StartTimes } from "@/components/admin/start-times";
import { Countdown } from "@/components/time/countdown";
import { Badge } from "@/components/ui/badge";
import { TextLink } from "@/components/ui/text-link";
import { withDatabaseNotice } from "@/components/site/database-unavailable";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Race day · Admin" };

type Props = { params: Promise<{ slug: string }> };

const CARD = "space-y-2 rounded-lg border border-sand-200 bg-white p-4";

const VERBS: Record<string, string> = {
  "publish-stage-results": "published",
  "correct-stage-results": "corrected",
  "publish-final-results": "published",
  "correct-final-results": "corrected",
};

function LastPublishSummary({ last, timeZone }: { last: LastPublish | null; timeZone: string }) {
  if (!last) return <p className="text-stone-700">No results published yet.</p>;
  const what = last.stage ? stageTitle(last.stage) : "Final classification";
  return (
    <>
      <p>
        <span className="font-semibold">{what}</span> {VERBS[last.action] ?? last.action} {formatInTimeZone(last.at, timeZone)} local
        {last.actorName ? ` by ${last.actorName}` : ""}.
      </p>
      <p className="text-lg font-semibold">
        {last.players === null || last.durationMs === null
          ? "Its rescore was not recorded (published before race-day figures were kept)."
          : `${last.players} ${last.players === 1 ? "player" : "players"} rescored in ${last.durationMs} ms.`}
      </p>
    </>
  );
}

async function RaceDayPage({ params }: Props) {
  const slug = eventSlugSchema.safeParse((await params).slug);
  await requireAdminPage(`/admin/events/${slug.success ? slug.data : ""}/race-day`);
  if (!slug.success) notFound();
  const day = await getRaceDay(db, slug.data);
  if (!day) notFound();
  const { event, now, current, nextLock, waiting, lastPublish } = day;
  const base = `/admin/events/${event.slug}`;

  return (
    <div className="space-y-6">
      <header className="space-y-2">
        <p className="text-sm text-stone-600">
          <Link href="/admin/events" className="hover:underline">
            Events
          </Link>{" "}
          /{" "}
          <Link href={base} className="hover:underline">
            {event.name}
          </Link>{" "}
          / Race day
        </p>
        <h1 className="text-2xl font-bold">Race day</h1>
        <p className="text-stone-700">
          {event.name} · local time {event.timeZone}: {formatInTimeZone(now, event.timeZone)} ·{" "}
          <TextLink tone="plain" href={`${base}/timetable`}>
            Timetable
          </TextLink>
        </p>
      </header>

      <div className="grid gap-4 md:grid-cols-2">
        <section aria-labelledby="running" className={CARD}>
          <h2 id="running" className="text-lg font-bold">
            Running now
          </h2>
          {current ? (
            <>
              <p className="text-xl font-semibold">{stageTitle(current)}</p>
              <p>
                {current.startTown} → {current.finishTown}
              </p>
              <div className="text-sm">
                <span className="text-stone-600">Started (locked) </span>
                <StartTimes startsAt={current.startsAt} timeZone={event.timeZone} />
              </div>
            </>
          ) : (
            <p className="text-stone-700">No stage has started yet.</p>
          )}
        </section>

        <section aria-labelledby="next-lock" className={CARD}>
          <h2 id="next-lock" className="text-lg font-bold">
            Next lock
          </h2>
          {nextLock ? (
            <>
              <p className="text-xl font-semibold">{stageTitle(nextLock)}</p>
              <p aria-label={`${stageTitle(nextLock)} locks in`}>
                <Countdown targetIso={nextLock.startsAt.toISOString()} serverNowIso={now.toISOString()} />
              </p>
              <div className="text-sm">
                <StartTimes startsAt={nextLock.startsAt} timeZone={event.timeZone} />
              </div>
            </>
          ) : (
            <p className="text-stone-700">No stage left to lock.</p>
          )}
        </section>
      </div>

      <section aria-labelledby="waiting" className={CARD}>
        <h2 id="waiting" className="text-lg font-bold">
          Results to enter or publish
        </h2>
        {waiting.length === 0 ? (
          <p className="text-stone-700">Every stage that has started has published results.</p>
        ) : (
          <ul className="divide-y divide-sand-100">
            {waiting.map((stage) => (
              <li key={stage.id} className="flex flex-wrap items-center justify-between gap-2 py-2">
                <span className="flex flex-wrap items-center gap-2">
                  <span className="font-semibold">{stageTitle(stage)}</span>
                  {stage.resultsStatus === "DRAFT" ? (
                    <Badge tone="warning">Draft saved, not published</Badge>
                  ) : (
                    <Badge tone="muted">No results entered</Badge>
                  )}
                </span>
                <TextLink href={`${base}/results/${stage.number}`}>
                  {stage.resultsStatus === "DRAFT" ? "Publish" : "Enter results"}
                  <span className="sr-only"> for {stageTitle(stage)}</span>
                </TextLink>
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="last-publish" className={CARD}>
        <h2 id="last-publish" className="text-lg font-bold">
          Last publish
        </h2>
        <LastPublishSummary last={lastPublish} timeZone={event.timeZone} />
      </section>
    </div>
  );
}

export default withDatabaseNotice(RaceDayPage);
