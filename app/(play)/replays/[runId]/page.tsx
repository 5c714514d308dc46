import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { db } from "@/lib/server/db";
import { requireUserPage } from "@/lib/server/auth/guard-page";
import { AppError } from "@/lib/server/errors";
import { getReplayRunPage } from "@/lib/server/replay/get-replay-run-page";
import { saveReplayCallAction, saveReplayRosterAction } from "@/lib/server/actions/replay";
import { idParamSchema } from "@/lib/validation/params";
import { stageTitleValues } from "@/lib/format/stage-label";
import { formatCalendarDate } from "@/lib/format/date-time";
import { ClientMessages } from "@/components/i18n/client-messages";
import { RosterBuilder } from "@/components/play/roster-builder";
import { PodiumCallForm } from "@/components/play/podium-call-form";
import { AbandonRunForm } from "@/components/replay/abandon-run-form";
import { RevealForm } from "@/components/replay/reveal-form";
import { RevealedStageCard } from "@/components/replay/revealed-stage-card";
import { StartReplayForm } from "@/components/replay/start-replay-form";
import { withDatabaseNotice } from "@/components/site/database-unavailable";
import { TextLink } from "@/components/ui/text-link";

export const dynamic = "force-dynamic";
export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("replay");
  return { title: t("run.title") };
}

type Props = { params: Promise<{ runId: string }> };

async function ReplayRunPage({ params }: Props) {
  const runId = idParamSchema.safeParse((await params).runId);
  if (!runId.success) notFound();
  const user = await requireUserPage(`/replays/${runId.data}`);
  const page = await getReplayRunPage(db, user.id, runId.data).catch((error: unknown) => {
    if (error instanceof AppError && error.code === "NOT_FOUND") notFound();
    throw error;
  });
  const { run, event, open } = page;
  const [t, tCommon, locale] = await Promise.all([getTranslations("replay"), getTranslations("common"), getLocale()]);
  const labels = new Map(event.crews.map((crew) => [crew.id, crew.label]));
  // Isolated (FSI … PDI): "#502 Rokas Baciuška" keeps its order inside Arabic sentences.
  const crewLabel = (id: string) => `\u2068${labels.get(id) ?? "—"}\u2069`;
  const openTitle = open ? tCommon("stageTitle", stageTitleValues(open.stage)) : "";
  const openPick = open?.pick ?? open?.carried ?? null;
  const featuredTeamId = event.featuredTeamId === null ? null : String(event.featuredTeamId);

  return (
    <div className="space-y-8">
      <header className="space-y-2">
        <p className="text-sm text-stone-600">
          <Link href={`/events/${event.slug}`} className="hover:underline">
            {event.name}
          </Link>
          {" / "}
          {t("run.breadcrumb")}
        </p>
        <h1 className="text-2xl font-bold sm:text-3xl">{t("run.heading", { event: event.name })}</h1>
        <p className="text-lg" aria-live="polite">
          {t.rich("run.progress", {
            total: run.total,
            revealed: page.revealed.length,
            stages: page.stageCount,
            b: (chunks) => <span className="font-bold">{chunks}</span>,
          })}
        </p>
        <p className="rounded-md bg-sand-100 p-3 text-sm">
          {t.rich("run.hiddenResults", {
            link: (chunks) => (
              <Link href={`/events/${event.slug}`} className="font-semibold underline">
                {chunks}
              </Link>
            ),
          })}
        </p>
      </header>

      {run.status === "FINISHED" ? (
        <section aria-labelledby="finished-heading" className="space-y-3 rounded-lg bg-night-900 p-4 text-sand-50">
          <h2 id="finished-heading" className="text-xl font-bold">
            {t("run.finishedHeading")}
          </h2>
          <p>
            {t("run.finishedSummary", {
              total: run.total,
              bonus: run.finalBonus,
              date: run.finishedAt ? formatCalendarDate(run.finishedAt, locale) : "",
            })}
          </p>
          <p className="flex flex-wrap gap-4">
            <Link href={`/events/${event.slug}/replays`} className="font-semibold underline">
              {t("run.boardLink")}
            </Link>
          </p>
          <ClientMessages groups={["replay.start"]}>
            <StartReplayForm eventSlug={event.slug} isAgain />
          </ClientMessages>
        </section>
      ) : null}

      {run.status === "ABANDONED" ? <p className="rounded-lg border border-sand-200 bg-white p-4">{t("run.abandoned")}</p> : null}

      {open ? (
        <section aria-labelledby="open-heading" className="space-y-6">
          <div className="rounded-lg bg-night-900 p-4 text-sand-50">
            <h2 id="open-heading" className="text-xl font-bold">
              {t("run.openHeading", { stage: openTitle })}
            </h2>
            <p className="text-sm text-sand-100">{t("run.route", { from: open.stage.startTown, to: open.stage.finishTown })}</p>
          </div>

          <section aria-labelledby="roster-heading" className="space-y-3">
            <h3 id="roster-heading" className="text-lg font-bold">
              {t("run.rosterHeading")}
            </h3>
            <p className="text-sm text-stone-700">
              {open.pick ? t("run.rosterSaved") : open.carried ? t("run.rosterCarried") : t("run.rosterPrompt")}
            </p>
            <ClientMessages
              groups={["play.builder", "play.budget", "play.rules", "play.problems", "play.transfers", "play.chips", "common.crew"]}
            >
              <RosterBuilder
                key={`roster-${open.stage.number}`}
                eventSlug={event.slug}
                crews={open.field}
                rules={event.rules}
                featuredTeamId={featuredTeamId}
                featuredTeamName={event.featuredTeamName}
                initialCrewIds={[...(openPick?.crews ?? [])]}
                initialCaptainId={openPick?.captain ?? null}
                transferContext={
                  open.transfers.previous
                    ? { kind: "counted", ...open.transfers, previous: open.transfers.previous, nextStageLabel: openTitle }
                    : { kind: "first" }
                }
                chips={page.chips}
                nextStageLabel={openTitle}
                chipsIntro={t("run.chipsIntro", { stage: openTitle })}
                isClosed={false}
                saveAction={saveReplayRosterAction}
                hiddenFields={{ runId: String(run.id), stageNumber: String(open.stage.number) }}
              />
            </ClientMessages>
          </section>

          <section aria-labelledby="call-heading" className="space-y-3">
            <h3 id="call-heading" className="text-lg font-bold">
              {t("run.callHeading")}
            </h3>
            <p className="text-sm text-stone-700">{t("run.callIntro")}</p>
            <ClientMessages groups={["play.callForm"]}>
              <PodiumCallForm
                key={`call-${open.stage.number}`}
                eventSlug={event.slug}
                stageNumber={open.stage.number}
                stageLabel={openTitle}
                crews={open.field.map(({ id, label, teamId, isRetired }) => ({ id, label, teamId, isRetired }))}
                featuredTeamId={featuredTeamId}
                featuredTeamName={event.featuredTeamName}
                call={
                  open.pick?.call
                    ? {
                        p1: open.pick.call.podium[0],
                        p2: open.pick.call.podium[1],
                        p3: open.pick.call.podium[2],
                        featuredBest: open.pick.call.featuredBest ?? "none",
                      }
                    : null
                }
                saveAction={saveReplayCallAction}
                hiddenFields={{ runId: String(run.id), stageNumber: String(open.stage.number) }}
              />
            </ClientMessages>
          </section>

          <section aria-labelledby="reveal-heading" className="space-y-3 rounded-lg border-2 border-dune-600 bg-white p-4">
            <h3 id="reveal-heading" className="text-lg font-bold">
              {t("run.revealHeading")}
            </h3>
            <ClientMessages groups={["replay.reveal"]}>
              {/* Not keyed by stage: the reveal's message ("Stage revealed: 25 points") stays as the next stage opens. */}
              <RevealForm runId={run.id} stageNumber={open.stage.number} stageLabel={openTitle} />
            </ClientMessages>
          </section>
        </section>
      ) : null}

      {page.final ? (
        <section aria-labelledby="final-heading" className="space-y-2">
          <h2 id="final-heading" className="text-xl font-bold">
            {t("run.finalHeading")}
          </h2>
          <ol className="divide-y divide-sand-100 rounded-lg border border-sand-200 bg-white">
            {page.final
              .filter((row) => row.position != null)
              .sort((a, b) => (a.position ?? 0) - (b.position ?? 0))
              .map((row) => (
                <li key={row.crew} className="flex justify-between gap-3 px-4 py-2 text-sm">
                  <span>
                    <span className="me-2 font-mono font-bold">{t("run.finalPosition", { position: row.position ?? 0 })}</span>
                    {crewLabel(row.crew)}
                  </span>
                </li>
              ))}
          </ol>
          <p className="text-sm">{t("run.finalBonus", { bonus: run.finalBonus })}</p>
        </section>
      ) : null}

      {page.revealed.length > 0 ? (
        <section aria-labelledby="revealed-heading" className="space-y-3">
          <h2 id="revealed-heading" className="text-xl font-bold">
            {t("run.revealedHeading")}
          </h2>
          <ol className="space-y-3">
            {[...page.revealed].reverse().map((entry) => (
              <RevealedStageCard key={entry.stage.id} entry={entry} crewLabel={crewLabel} />
            ))}
          </ol>
        </section>
      ) : null}

      {run.status === "ACTIVE" ? (
        <ClientMessages groups={["replay.abandon"]}>
          <AbandonRunForm runId={run.id} />
        </ClientMessages>
      ) : null}

      <p>
        <TextLink href={`/events/${event.slug}/replays`}>{t("run.boardLink")}</TextLink>
      </p>
    </div>
  );
}

export default withDatabaseNotice(ReplayRunPage);
