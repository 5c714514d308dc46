import type { getPlayerEvent } from "@/lib/server/players/get-player-page";
import { stageTitle } from "@/lib/format/stage-label";

type Entry = Awaited<ReturnType<typeof getPlayerEvent>>["stages"][number];

const signed = (points: number) => (points > 0 ? `+${points}` : String(points));

/** One started stage on a player's page: the roster crew by crew, the call, transfers and the score. */
export function PlayerStageCard({ entry, captainMultiplier }: { entry: Entry; captainMultiplier: number }) {
  const { stage, crews, call, transfers, score, hasResults } = entry;
  return (
    <li className="space-y-2 rounded-lg border border-sand-200 bg-white p-4 text-sm">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h3 className="text-base font-semibold">{stageTitle(stage)}</h3>
        <p className="font-mono">
          {score ? (
            <>
              <span className="font-bold">{score.total}</span> pts · stage rank #{score.rank}
            </>
          ) : hasResults ? (
            "not scored"
          ) : (
            "awaiting results"
          )}
        </p>
      </div>
      {crews.length === 0 ? (
        <p>No roster saved before this stage started (0 points).</p>
      ) : (
        <table className="w-full text-left">
          <caption className="sr-only">Roster for {stageTitle(stage)}</caption>
          <thead className="text-xs tracking-wide text-stone-600 uppercase">
            <tr>
              <th scope="col" className="py-1">
                Crew
              </th>
              <th scope="col" className="py-1 text-right">
                Points
              </th>
            </tr>
          </thead>
          <tbody>
            {crews.map((crew) => (
              <tr key={crew.crewId}>
                <th scope="row" className="py-1 font-normal">
                  {crew.label}
                  {crew.isCaptain ? (
                    <span className="ml-2 rounded bg-amber-100 px-1 text-xs font-semibold">Captain ×{captainMultiplier}</span>
                  ) : null}
                  {crew.isOut ? <span className="ml-2 text-xs text-stone-600">out of the rally</span> : null}
                </th>
                <td className="py-1 text-right font-mono">{crew.points === null ? "–" : signed(crew.points)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <p>
        <span className="font-semibold">Podium call: </span>
        {call
          ? `P1 ${call.podium[0]}, P2 ${call.podium[1]}, P3 ${call.podium[2]}${call.featuredBest ? `, best featured ${call.featuredBest}` : ""}`
          : "no call"}
        {score ? (
          <span className="font-mono">
            {" "}
            ({signed(score.callPoints)}, {score.exact} exact)
          </span>
        ) : null}
      </p>
      {transfers ? (
        <p>
          <span className="font-semibold">Transfers: </span>
          {transfers.transfers} made, {transfers.available} free
          {transfers.penalty > 0 ? <span className="font-mono text-red-800"> · penalty −{transfers.penalty}</span> : null}
        </p>
      ) : null}
    </li>
  );
}
