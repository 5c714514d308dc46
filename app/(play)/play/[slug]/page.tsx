import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
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
import { stageTitleValues } from "@/lib/format/stage-label";
import { ClientMessages } from "@/components/i18n/client-messages";
import { ViewerTime } from "@/components/time/viewer-time";

export const dynamic = "force-dynamic";
export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("play");
  return { title: t("page.title") };
}

type Props = { params: Promise<{ slug: string }> };

function transferContextOf(page: PlayPage, stageTitle: (stage: NonNullable<PlayPage["nextStage"]>) => string): TransferContext {
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
  const [t, tCommon] = await Promise.all([getTranslations("play"), getTranslations("common")]);
  const stageTitle = (stage: NonNullable<PlayPage["nextStage"]>) => tCommon("stageTitle", stageTitleValues(stage));

  return (
    <div className="space-y-8">
      <header className="space-y-1">
        <p className="text-sm text-stone-600">
          {t.rich("page.breadcrumb", {
            event: event.name,
            link: (chunks) => (
              <Link href={`/events/${event.slug}`} className="hover:underline">
                {chunks}
              </Link>
            ),
          })}
        </p>
        <h1 className="text-2xl font-bold sm:text-3xl">{t("page.heading", { sample: event.isSample ? "yes" : "no" })}</h1>
        <p>
          <TextLink href={`/play/${event.slug}/history`}>{t("page.historyLink")}</TextLink>
        </p>
        <p>
          <TextLink href={`/leagues?event=${event.slug}`}>{t("page.leaguesLink")}</TextLink>
        </p>
      </header>

      {nextStage ? (
        <section aria-labelledby="lock-heading" className="rounded-lg bg-night-900 p-4 text-sand-50">
          <h2 id="lock-heading" className="text-sm font-semibold tracking-wide text-sand-200 uppercase">
            {t("page.locksIn", { stage: stageTitle(nextStage) })}
          </h2>
          <Countdown targetIso={nextStage.startsAt.toISOString()} serverNowIso={now.toISOString()} />
          <div className="text-sm [&_.text-stone-600]:text-sand-200">
            <StageStart startsAt={nextStage.startsAt} eventTimeZone={event.timeZone} />
          </div>
          <p className="mt-2 text-sm text-sand-100">{t("page.lockExplained")}</p>
        </section>
      ) : (
        <p className="rounded-lg border border-sand-200 bg-white p-4">{t("page.closed")}</p>
      )}

      <section aria-labelledby="roster-heading" className="space-y-3">
        <h2 id="roster-heading" className="text-xl font-bold">
          {t("page.rosterHeading")}
        </h2>
        {latest ? (
          <p className="text-sm text-stone-700">
            {t.rich("page.lastSaved", { date: () => <ViewerTime iso={latest.savedAt.toISOString()} /> })}
          </p>
        ) : (
          <p className="text-sm text-stone-700">{t("page.pickPrompt", { count: event.rules.rosterSize })}</p>
        )}
        <ClientMessages
          groups={["play.builder", "play.budget", "play.rules", "play.problems", "play.transfers", "play.chips", "common.crew"]}
        >
          <RosterBuilder
            eventSlug={event.slug}
            crews={event.crews}
            rules={event.rules}
            featuredTeamId={event.featuredTeamId === null ? null : String(event.featuredTeamId)}
            featuredTeamName={page.featuredTeamName}
            initialCrewIds={latest?.crewIds ?? []}
            initialCaptainId={latest?.captainId ?? null}
            transferContext={transferContextOf(page, stageTitle)}
            chips={page.chips}
            nextStageLabel={nextStage ? stageTitle(nextStage) : null}
            isClosed={!nextStage}
          />
        </ClientMessages>
      </section>

      <section aria-labelledby="calls-heading" className="space-y-3">
        <h2 id="calls-heading" className="text-xl font-bold">
          {t("page.callsHeading")}
        </h2>
        <p className="text-sm text-stone-700">{t("page.callsIntro")}</p>
        <ClientMessages groups={["play.callForm"]}>
          <StageCallList page={page} />
        </ClientMessages>
      </section>
    </div>
  );
}

export default withDatabaseNotice(PlayEventPage);
