import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { db } from "@/lib/server/db";
import { requireUserPage } from "@/lib/server/auth/guard-page";
import { getPlayPage } from "@/lib/server/picks/get-play-page";
import { AppError } from "@/lib/server/errors";
import { eventSlugSchema } from "@/lib/validation/params";

import { withDatabaseNotice } from "@/components/site/database-unavailable";
import { stageTitleValues } from "@/lib/format/stage-label";
import { chipAt } from "@/lib/game/locked-rosters";

export const dynamic = "force-dynamic";
export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("play");
  return { title: t("history.title") };
}

type Props = { params: Promise<{ slug: string }> };

async function HistoryPage({ params }: Props) {
  const slug = eventSlugSchema.safeParse((await params).slug);
  if (!slug.success) notFound();
  const user = await requireUserPage(`/play/${slug.data}/history`);
  const page = await getPlayPage(db, user.id, slug.data).catch((error: unknown) => {
    if (error instanceof AppError && error.code === "NOT_FOUND") notFound();
    throw error;
  });
  const [t, tCommon] = await Promise.all([getTranslations("play"), getTranslations("common")]);
  const scores = await db.stageScore.findMany({ where: { userId: user.id, stageId: { in: page.stages.map((stage) => stage.id) } } });
  const scoreByStage = new Map(scores.map((score) => [score.stageId, score]));
  const label = (crewId: string | number | null) =>
    crewId === null ? t("history.none") : (page.event.crews.find((crew) => crew.id === String(crewId))?.label ?? "?");

  return (
    <div className="space-y-6">
      <header className="space-y-1">
        <p className="text-sm text-stone-600">
          {t.rich("history.breadcrumb", {
            event: page.event.name,
            link: (chunks) => (
              <Link href={`/play/${page.event.slug}`} className="hover:underline">
                {chunks}
              </Link>
            ),
          })}
        </p>
        <h1 className="text-2xl font-bold">{t("history.title")}</h1>
        <p className="text-stone-700">{t("history.intro")}</p>
      </header>
      {page.history.length === 0 ? (
        <p className="rounded-lg border border-sand-200 bg-white p-4">{t("history.empty")}</p>
      ) : (
        <ol className="space-y-3">
          {page.history.map(({ stage, version, transfers }) => {
            const call = page.calls.get(stage.id);
            const score = scoreByStage.get(stage.id);
            const chip = chipAt(stage, version);
            return (
              <li key={stage.id} className="space-y-1 rounded-lg border border-sand-200 bg-white p-4 text-sm">
                <h2 className="text-base font-semibold">{tCommon("stageTitle", stageTitleValues(stage))}</h2>
                <p>
                  <span className="font-semibold">{t("history.rosterLabel")}</span>{" "}
                  {version
                    ? version.crewIds
                        .map((crewId) => (crewId === version.captainId ? t("history.captain", { crew: label(crewId) }) : label(crewId)))
                        .join(t("history.separator"))
                    : t("history.noRoster")}
                </p>
                {chip ? (
                  <p>
                    <span className="font-semibold">{t("history.chipLabel")}</span>{" "}
                    {chip === "JOKER" ? t("chips.JOKER") : chip === "WILDCARD" ? t("chips.WILDCARD") : t("chips.SHIELD")}
                  </p>
                ) : null}
                {transfers ? (
                  <p>
                    <span className="font-semibold">{t("history.transfersLabel")}</span>{" "}
                    {t("history.transfers", { used: transfers.transfers, available: transfers.available })}
                    {transfers.penalty > 0 ? (
                      <>
                        {" · "}
                        {t("history.penalty", { penalty: transfers.penalty })}
                      </>
                    ) : null}
                  </p>
                ) : null}
                <p>
                  <span className="font-semibold">{t("history.callLabel")}</span>{" "}
                  {call
                    ? t("history.call", {
                        p1: label(call.p1CrewId),
                        p2: label(call.p2CrewId),
                        p3: label(call.p3CrewId),
                        featured: label(call.featuredBestCrewId),
                      })
                    : t("history.noCall")}
                </p>
                <p>
                  <span className="font-semibold">{t("history.pointsLabel")}</span>{" "}
                  {score
                    ? t("history.points", {
                        total: score.total,
                        roster: score.rosterPoints,
                        call: score.callPoints,
                        penalty: score.penalty ?? 0,
                        exact: score.exact,
                      })
                    : t("history.awaiting")}
                </p>
              </li>
            );
          })}
        </ol>
      )}
    </div>
  );
}

export default withDatabaseNotice(HistoryPage);
