import { getTranslations } from "next-intl/server";
import { stageTitleValues } from "@/lib/format/stage-label";
import type { ReplayRunPage } from "@/lib/server/replay/get-replay-run-page";

type Entry = ReplayRunPage["revealed"][number];

/** A revealed stage of a run: the real podium, the roster crew by crew, the call, and the points. */
export async function RevealedStageCard({ entry, crewLabel }: { entry: Entry; crewLabel: (id: string) => string }) {
  const [t, tCommon] = await Promise.all([getTranslations("replay"), getTranslations("common")]);
  const { stage, pick, score, crews, podium } = entry;
  const title = tCommon("stageTitle", stageTitleValues(stage));
  return (
    <li className="space-y-2 rounded-lg border border-sand-200 bg-white p-4">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h3 className="font-semibold">{title}</h3>
        <p className="font-bold">{t("stage.total", { points: score.total })}</p>
      </div>
      <p className="text-sm text-stone-700">
        {t("stage.realPodium", {
          first: crewLabel(podium[0] ?? ""),
          second: crewLabel(podium[1] ?? ""),
          third: crewLabel(podium[2] ?? ""),
        })}
      </p>
      <ul className="space-y-1 text-sm" aria-label={t("stage.rosterLabel", { stage: title })}>
        {crews.map((crew) => (
          <li key={crew.crewId} className="flex justify-between gap-3">
            <span>
              {crewLabel(crew.crewId)}
              {crew.isCaptain ? <span className="ms-1 font-semibold">{t("stage.captain")}</span> : null}
              {crew.isOut ? <span className="ms-1 text-stone-600">{t("stage.out")}</span> : null}
            </span>
            <span className="font-mono" dir="ltr">
              {crew.points}
            </span>
          </li>
        ))}
      </ul>
      <p className="text-sm">
        {pick.call
          ? t("stage.call", {
              first: crewLabel(pick.call.podium[0]),
              second: crewLabel(pick.call.podium[1]),
              third: crewLabel(pick.call.podium[2]),
              hasBest: pick.call.featuredBest === null ? "no" : "yes",
              best: pick.call.featuredBest === null ? "" : crewLabel(pick.call.featuredBest),
            })
          : t("stage.noCall")}
      </p>
      {pick.chip ? <p className="text-sm font-semibold">{t("stage.chip", { chip: pick.chip })}</p> : null}
      <p className="text-sm text-stone-700">
        {t("stage.breakdown", {
          roster: score.rosterPoints,
          call: score.callPoints,
          transfers: score.transfers,
          penalty: score.penalty,
        })}
      </p>
    </li>
  );
}
