import { useTranslations } from "next-intl";
import type { PlayPage } from "@/lib/server/picks/get-play-page";
import { getStageLockState } from "@/lib/game/stage-lock";
import { stageTitleValues } from "@/lib/format/stage-label";
import { StageStart } from "@/components/time/stage-start";
import { Badge } from "@/components/ui/badge";
import { PodiumCallForm } from "./podium-call-form";

/** Each stage's call: a form while it is open, the call once locked. Renders PodiumCallForm (play.callForm). */
export function StageCallList({ page }: { page: PlayPage }) {
  const t = useTranslations("play");
  const tCommon = useTranslations("common");
  const { event, stages, calls, now } = page;
  const crewOptions = event.crews.map(({ id, label, teamId, isRetired }) => ({ id, label, teamId, isRetired }));
  const labelOf = (crewId: number | null) =>
    crewId === null ? t("calls.none") : (event.crews.find((crew) => crew.id === String(crewId))?.label ?? "?");
  return (
    <ol className="space-y-3">
      {stages.map((stage) => {
        const lock = getStageLockState(stage, now);
        const call = calls.get(stage.id) ?? null;
        const title = tCommon("stageTitle", stageTitleValues(stage));
        return (
          <li key={stage.id} className="rounded-lg border border-sand-200 bg-white p-4">
            <div className="flex flex-wrap items-start justify-between gap-2">
              <div>
                <h3 className="font-semibold">
                  {title}{" "}
                  <span className="font-normal text-stone-600">
                    {"· "}
                    {tCommon("route", { start: stage.startTown, finish: stage.finishTown })}
                  </span>
                </h3>
                <div className="text-sm">
                  <StageStart startsAt={stage.startsAt} eventTimeZone={event.timeZone} />
                </div>
              </div>
              <div className="flex flex-wrap gap-1">
                {lock === "open" ? (
                  <Badge tone="accent">{t("calls.open")}</Badge>
                ) : lock === "locked" ? (
                  <Badge>{t("calls.locked")}</Badge>
                ) : (
                  <Badge tone="muted">{t("calls.cancelled")}</Badge>
                )}
                {call ? (
                  <Badge tone="success">{t("calls.called")}</Badge>
                ) : lock !== "cancelled" ? (
                  <Badge tone="warning">{t("calls.notCalled")}</Badge>
                ) : null}
              </div>
            </div>
            {lock === "open" ? (
              <details className="mt-3" open={stage.id === page.nextStage?.id}>
                <summary className="cursor-pointer text-sm font-semibold text-dune-700">
                  {call ? t("calls.change") : t("calls.call")}
                </summary>
                <div className="mt-3">
                  <PodiumCallForm
                    eventSlug={event.slug}
                    stageNumber={stage.number}
                    stageLabel={title}
                    crews={crewOptions}
                    featuredTeamId={event.featuredTeamId === null ? null : String(event.featuredTeamId)}
                    featuredTeamName={page.featuredTeamName}
                    call={
                      call
                        ? {
                            p1: String(call.p1CrewId),
                            p2: String(call.p2CrewId),
                            p3: String(call.p3CrewId),
                            featuredBest: call.featuredBestCrewId === null ? "none" : String(call.featuredBestCrewId),
                          }
                        : null
                    }
                  />
                </div>
              </details>
            ) : call ? (
              <p className="mt-2 text-sm">
                {t("calls.yourCall", {
                  p1: labelOf(call.p1CrewId),
                  p2: labelOf(call.p2CrewId),
                  p3: labelOf(call.p3CrewId),
                  featured: labelOf(call.featuredBestCrewId),
                })}
              </p>
            ) : null}
          </li>
        );
      })}
    </ol>
  );
}
