import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { db } from "@/lib/server/db";
import { requireUserPage } from "@/lib/server/auth/guard-page";
import { getPlayPage, type PlayPage } from "@/lib/server/picks/get-play-page";
import { AppError } from "@/lib/server/errors";
import { eventSlugSchema } from "@/lib/validation/params";
import { RosterBuilder } from "@/components/play/roster-builder";
import type { TransferContext } from "@/components/play/transfer-preview";
import { StageCallList } from "@/components/play/stage-call-list";
import { Countdown } from "@/components/time/countdown";
import { StageStart } from "@/components/time/stage-start";

import { withDatabaseNotice } from "@/components/site/database-unavailable";
import { TextLink } from "@/components/ui/text-link";
import { stageTitle } from "@/lib/format/stage-label";
import { formatUtc } from "@/lib/format/date-time";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Play" };

type Props = { params: Promise<{ slug: string }> };

function transferContextOf(page: PlayPage): TransferContext {
  if (!page.nextStage) return { kind: "closed" };
  const { isBeforeFirstLock, previous, bank, retiredBeforeNext } = page.transferState;
  if (isBeforeFirstLock) return { kind: "unlimited" };
  if (!previous) return { kind: "first" };
  return { kind: "counted", previous, bank, retired: retiredBeforeNext, nextStageLabel: stageTitle(page.nextStage) };
}

async function PlayEventPage({ params }: Props) {
  const slug = eventSlugSchema.safeParse((await params).slug);
  if (!slug.success) notFound();
  const user = await requireUserPage(`/play/${slug.data}`);
  const page = await getPlayPage(db, user.id, slug.data).catch((error: unknown) => {
    if (error instanceof AppError && error.code === "NOT_FOUND") notFound();
    throw error;
  });
  const { event, nextStage, latest, now } = page;

  return (
    <div className="space-y-8">
      <header className="space-y-1">
        <p className="text-sm text-stone-600">
          <Link href={`/events/${event.slug}`} className="hover:underline">
            {event.name}
          </Link>{" "}
          / your game
        </p>
        <h1 className="text-2xl font-bold sm:text-3xl">Your roster{event.isSample ? " (sample event)" : ""}</h1>
        <p>
          <TextLink href={`/play/${event.slug}/history`}>My game: rosters, transfers and calls by stage</TextLink>
        </p>
        <p>
          <TextLink href={`/leagues?event=${event.slug}`}>Leagues: play against your friends</TextLink>
        </p>
      </header>

      {nextStage ? (
        <section aria-labelledby="lock-heading" className="rounded-lg bg-night-900 p-4 text-sand-50">
          <h2 id="lock-heading" className="text-sm font-semibold tracking-wide text-sand-200 uppercase">
            {stageTitle(nextStage)} locks in
          </h2>
          <Countdown targetIso={nextStage.startsAt.toISOString()} serverNowIso={now.toISOString()} />
          <div className="text-sm [&_.text-stone-600]:text-sand-200">
            <StageStart startsAt={nextStage.startsAt} eventTimeZone={event.timeZone} />
          </div>
          <p className="mt-2 text-sm text-sand-100">
            The roster saved before a stage starts is the one that counts for it; a change after a lock applies from the next stage.
          </p>
        </section>
      ) : (
        <p className="rounded-lg border border-sand-200 bg-white p-4">Every stage has started: rosters and calls are closed.</p>
      )}

      <section aria-labelledby="roster-heading" className="space-y-3">
        <h2 id="roster-heading" className="text-xl font-bold">
          Roster
        </h2>
        {latest ? (
          <p className="text-sm text-stone-700">Last saved {formatUtc(latest.savedAt)}.</p>
        ) : (
          <p className="text-sm text-stone-700">Pick {event.rules.rosterSize} crews and a captain, then save.</p>
        )}
        <RosterBuilder
          eventSlug={event.slug}
          crews={event.crews}
          rules={event.rules}
          featuredTeamId={event.featuredTeamId === null ? null : String(event.featuredTeamId)}
          featuredTeamName={page.featuredTeamName}
          initialCrewIds={latest?.crewIds ?? []}
          initialCaptainId={latest?.captainId ?? null}
          transferContext={transferContextOf(page)}
          isClosed={!nextStage}
        />
      </section>

      <section aria-labelledby="calls-heading" className="space-y-3">
        <h2 id="calls-heading" className="text-xl font-bold">
          Podium calls
        </h2>
        <p className="text-sm text-stone-700">Call P1, P2, P3 and the featured team&apos;s best crew for each stage before it starts.</p>
        <StageCallList page={page} />
      </section>
    </div>
  );
}

export default withDatabaseNotice(PlayEventPage);
