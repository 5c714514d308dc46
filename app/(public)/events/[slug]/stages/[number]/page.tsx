import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { z } from "zod";
import { db } from "@/lib/server/db";
import { getStagePicks } from "@/lib/server/picks/get-stage-picks";
import { listPublishedStageResults } from "@/lib/server/events/list-published-stage-results";
import { eventSlugSchema } from "@/lib/validation/params";
import { stageTitle } from "@/lib/format/stage-label";
import { StageStart } from "@/components/time/stage-start";
import { StageStatus } from "@/components/events/stage-status";
import { formatCalendarDate } from "@/lib/format/date-time";
import { isPublished as isPublishedStatus } from "@/lib/game/results-status";
import { formatStageTime } from "@/lib/format/duration";
import { withDatabaseNotice, withMetadataFallback } from "@/components/site/database-unavailable";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ slug: string; number: string }> };

const paramsSchema = z.object({ slug: eventSlugSchema, number: z.coerce.number().int().min(0).max(100) });

async function load(params: Props["params"]) {
  const parsed = paramsSchema.safeParse(await params);
  return parsed.success ? getStagePicks(db, parsed.data.slug, parsed.data.number) : null;
}

async function readMetadata({ params }: Props): Promise<Metadata> {
  const page = await load(params);
  return { title: page ? `${stageTitle(page.stage)} · ${page.stage.event.name}` : "Stage not found" };
}

async function StagePage({ params }: Props) {
  const page = await load(params);
  if (!page) notFound();
  const { stage, isPublic, calls, rosterPicks, callCount, now } = page;
  const isPublished = isPublishedStatus(stage.resultsStatus);
  const [crews, results] = await Promise.all([
    db.crew.findMany({ where: { eventId: stage.eventId }, select: { id: true, driver: true, number: true } }),
    listPublishedStageResults(db, [stage.id]),
  ]);
  const crewName = new Map(crews.map((crew) => [crew.id, `${crew.number === null ? "" : `#${crew.number} `}${crew.driver}`]));

  return (
    <div className="space-y-8">
      <header className="space-y-2">
        <p className="text-sm text-stone-600">
          <Link href={`/events/${stage.event.slug}`} className="hover:underline">
            {stage.event.name}
          </Link>
        </p>
        <h1 className="text-2xl font-bold">
          {stageTitle(stage)}: {stage.startTown} → {stage.finishTown}
        </h1>
        <StageStatus stage={stage} now={now} />
        <div className="text-sm">
          <StageStart startsAt={stage.startsAt} eventTimeZone={stage.event.timeZone} />
        </div>
        {stage.correctedAt ? (
          <p role="note" className="rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-900">
            Results corrected on {formatCalendarDate(stage.correctedAt)}
            {stage.correctionReason ? `: ${stage.correctionReason}` : ""}
          </p>
        ) : null}
      </header>

      {isPublished ? (
        <section aria-labelledby="results" className="space-y-3">
          <h2 id="results" className="text-xl font-bold">
            Stock results{stage.resultsStatus === "PROVISIONAL" ? " (provisional)" : ""}
          </h2>
          {results.length === 0 ? (
            <p className="text-sm">No places are known for this stage.</p>
          ) : (
            <ol className="divide-y divide-sand-100 rounded-lg border border-sand-200 bg-white text-sm">
              {results.map((result) => (
                <li key={result.id} className="flex justify-between gap-3 px-3 py-2">
                  <span>
                    <span className="mr-2 font-mono font-bold">{result.position ? `P${result.position}` : result.status}</span>
                    {crewName.get(result.crewId)}
                  </span>
                  <span className="font-mono">
                    {result.timeSeconds !== null ? formatStageTime(result.timeSeconds) : ""}
                    {result.penaltySeconds > 0 ? ` (penalty ${formatStageTime(result.penaltySeconds)})` : ""}
                  </span>
                </li>
              ))}
            </ol>
          )}
        </section>
      ) : null}

      <section aria-labelledby="picks" className="space-y-3">
        <h2 id="picks" className="text-xl font-bold">
          Players&apos; picks
        </h2>
        {!isPublic ? (
          <p className="rounded-lg border border-sand-200 bg-white p-4">
            {stage.status === "CANCELLED"
              ? "This stage is cancelled: it scores nothing."
              : `Rosters and podium calls stay hidden until the stage starts. ${callCount} player${callCount === 1 ? " has" : "s have"} called it so far.`}
          </p>
        ) : (
          <>
            <h3 className="font-semibold">Most picked crews</h3>
            <ul className="grid gap-2 sm:grid-cols-2">
              {rosterPicks
                .sort((a, b) => b.picks - a.picks)
                .map((row) => (
                  <li key={row.crewId} className="rounded border border-sand-200 bg-white px-3 py-2 text-sm">
                    {crewName.get(row.crewId)}: {row.picks} roster{row.picks === 1 ? "" : "s"}, {row.captains} as captain
                  </li>
                ))}
            </ul>
            <h3 className="font-semibold">Podium calls</h3>
            {calls.length === 0 ? (
              <p className="text-sm">Nobody called this stage.</p>
            ) : (
              <ul className="divide-y divide-sand-100 rounded-lg border border-sand-200 bg-white text-sm">
                {calls.map((call) => (
                  <li key={call.user.id} className="px-3 py-2">
                    <span className="font-semibold">{call.user.deletedAt ? "Deleted player" : (call.user.displayName ?? "Player")}</span>:{" "}
                    {call.p1.driver}, {call.p2.driver}, {call.p3.driver} · best featured {call.featuredBest?.driver ?? "none"}
                  </li>
                ))}
              </ul>
            )}
          </>
        )}
      </section>
    </div>
  );
}

export const generateMetadata = withMetadataFallback(readMetadata);

export default withDatabaseNotice(StagePage);
