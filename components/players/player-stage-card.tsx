import { getTranslations } from "next-intl/server";
import type { getPlayerEvent } from "@/lib/server/players/get-player-page";
import { stageTitleValues } from "@/lib/format/stage-label";

type Entry = Awaited<ReturnType<typeof getPlayerEvent>>["stages"][number];

const signed = (points: number) => (points > 0 ? `+${points}` : String(points));

/** One started stage on a player's page: the roster crew by crew, the call, transfers and the score. */
export async function PlayerStageCard({
  entry,
  captainMultiplier,
  jokerMultiplier,
}: {
  entry: Entry;
  captainMultiplier: number;
  jokerMultiplier: number;
}) {
  const { stage, crews, call, transfers, chip, score, hasResults } = entry;
  const [t, tCommon] = await Promise.all([getTranslations("players"), getTranslations("common")]);
  const title = tCommon("stageTitle", stageTitleValues(stage));
  return (
    <li className="space-y-2 rounded-lg border border-sand-200 bg-white p-4 text-sm">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h3 className="text-base font-semibold">{title}</h3>
        <p className="font-mono">
          {score
            ? t.rich("card.score", { total: score.total, rank: score.rank, b: (chunks) => <span className="font-bold">{chunks}</span> })
            : hasResults
              ? t("card.notScored")
              : t("card.awaiting")}
        </p>
      </div>
      {chip ? (
        <p>
          <span className="rounded bg-night-900 px-2 py-0.5 text-xs font-semibold text-sand-50">
            {chip === "JOKER"
              ? t("card.chipJoker", { multiplier: jokerMultiplier })
              : chip === "WILDCARD"
                ? t("card.chipWildcard")
                : t("card.chipShield")}
          </span>
        </p>
      ) : null}
      {crews.length === 0 ? (
        <p>{t("card.noRoster")}</p>
      ) : (
        <table className="w-full text-start">
          <caption className="sr-only">{t("card.rosterCaption", { stage: title })}</caption>
          <thead className="text-xs tracking-wide text-stone-600 uppercase">
            <tr>
              <th scope="col" className="py-1 text-start">
                {t("card.crew")}
              </th>
              <th scope="col" className="py-1 text-end">
                {t("card.points")}
              </th>
            </tr>
          </thead>
          <tbody>
            {crews.map((crew) => (
              <tr key={crew.crewId}>
                <th scope="row" className="py-1 text-start font-normal">
                  <bdi>{crew.label}</bdi>
                  {crew.isCaptain ? (
                    <span className="ms-2 rounded bg-amber-100 px-1 text-xs font-semibold">
                      {t("card.captain", { multiplier: captainMultiplier })}
                    </span>
                  ) : null}
                  {crew.isOut ? <span className="ms-2 text-xs text-stone-600">{t("card.out")}</span> : null}
                </th>
                <td dir="ltr" className="py-1 text-end font-mono">
                  {crew.points === null ? "–" : signed(crew.points)}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <p>
        <span className="font-semibold">{t("card.callLabel")}</span>{" "}
        {call
          ? call.featuredBest
            ? t("card.callFeatured", {
                p1: call.podium[0] ?? "",
                p2: call.podium[1] ?? "",
                p3: call.podium[2] ?? "",
                featured: call.featuredBest,
              })
            : t("card.call", { p1: call.podium[0] ?? "", p2: call.podium[1] ?? "", p3: call.podium[2] ?? "" })
          : t("card.noCall")}
        {score ? <span className="font-mono"> {t("card.callScore", { points: signed(score.callPoints), exact: score.exact })}</span> : null}
      </p>
      {transfers ? (
        <p>
          <span className="font-semibold">{t("card.transfersLabel")}</span>{" "}
          {t("card.transfers", { made: transfers.transfers, free: transfers.available })}
          {transfers.penalty > 0 ? (
            <span className="font-mono text-red-800">
              {" · "}
              {t("card.penalty", { penalty: transfers.penalty })}
            </span>
          ) : null}
        </p>
      ) : null}
    </li>
  );
}
