import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { db } from "@/lib/server/db";
import { requireUserPage } from "@/lib/server/auth/guard-page";
import { getPlayPage } from "@/lib/server/picks/get-play-page";
import { AppError } from "@/lib/server/errors";
import { eventSlugSchema } from "@/lib/validation/params";

import { withDatabaseNotice } from "@/components/site/database-unavailable";
import { stageTitle } from "@/lib/format/stage-label";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "My game" };

type Props = { params: Promise<{ slug: string }> };

async function HistoryPage({ params }: Props) {
  const slug = eventSlugSchema.safeParse((await params).slug);
  if (!slug.success) notFound();
  const user = await requireUserPage(`/play/${slug.data}/history`);
  const page = await getPlayPage(db, user.id, slug.data).catch((error: unknown) => {
    if (error instanceof AppError && error.code === "NOT_FOUND") notFound();
    throw error;
  });
  const scores = await db.stageScore.findMany({ where: { userId: user.id, stage: { eventId: page.event.id } } });
  const scoreByStage = new Map(scores.map((score) => [score.stageId, score]));
  const label = (crewId: string | number | null) =>
    crewId === null ? "none" : (page.event.crews.find((crew) => crew.id === String(crewId))?.label ?? "?");

  return (
    <div className="space-y-6">
      <header className="space-y-1">
        <p className="text-sm text-stone-600">
          <Link href={`/play/${page.event.slug}`} className="hover:underline">
            {page.event.name}: your roster
          </Link>{" "}
          / my game
        </p>
        <h1 className="text-2xl font-bold">My game</h1>
        <p className="text-stone-700">The roster and call that counted for each started stage, with transfers and points once scored.</p>
      </header>
      {page.history.length === 0 ? (
        <p className="rounded-lg border border-sand-200 bg-white p-4">No stage has started yet: your picks show here once they lock.</p>
      ) : (
        <ol className="space-y-3">
          {page.history.map(({ stage, version, transfers }) => {
            const call = page.calls.get(stage.id);
            const score = scoreByStage.get(stage.id);
            return (
              <li key={stage.id} className="space-y-1 rounded-lg border border-sand-200 bg-white p-4 text-sm">
                <h2 className="text-base font-semibold">{stageTitle(stage)}</h2>
                <p>
                  <span className="font-semibold">Roster: </span>
                  {version
                    ? version.crewIds.map((crewId) => `${label(crewId)}${crewId === version.captainId ? " (captain)" : ""}`).join(", ")
                    : "none saved yet"}
                </p>
                {transfers ? (
                  <p>
                    <span className="font-semibold">Transfers: </span>
                    {transfers.transfers} of {transfers.available} free{transfers.penalty > 0 ? ` · penalty −${transfers.penalty}` : ""}
                  </p>
                ) : null}
                <p>
                  <span className="font-semibold">Call: </span>
                  {call
                    ? `P1 ${label(call.p1CrewId)}, P2 ${label(call.p2CrewId)}, P3 ${label(call.p3CrewId)}, best featured ${label(call.featuredBestCrewId)}`
                    : "no call (0 points)"}
                </p>
                <p>
                  <span className="font-semibold">Points: </span>
                  {score
                    ? `${score.total} (roster ${score.rosterPoints}, call ${score.callPoints}${score.penalty ? `, penalty −${score.penalty}` : ""}) · ${score.exact} exact`
                    : "awaiting results"}
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
