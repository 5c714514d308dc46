import type { Rules } from "@/lib/game/rules";
import type { ResultRow } from "./input-schema";

/**
 * One crew's points on one stage, before any captain multiplier. A crew that is out of the rally scores
 * nothing whatever a row says; a FINISHED crew whose position is unknown scores nothing either.
 */
export function scoreCrewStage(row: ResultRow | undefined, isOut: boolean, rules: Pick<Rules, "stagePoints" | "dnfPenalty">): number {
  if (isOut || row === undefined) return 0;
  switch (row.status) {
    case "FINISHED":
      return row.position == null ? 0 : (rules.stagePoints[row.position - 1] ?? 0);
    case "DNF":
    case "DSQ":
      return rules.dnfPenalty;
    case "DNS":
      return 0;
  }
}

export type RosterStageInput = {
  crews: readonly string[];
  captain: string;
  /** The stage's results by crew. */
  results: ReadonlyMap<string, ResultRow>;
  /** Crews whose `retiredAfter` stage comes before this one. */
  isOut: (crew: string) => boolean;
  rules: Pick<Rules, "stagePoints" | "dnfPenalty" | "captainMultiplier">;
};

/** A locked roster's points on one stage: the captain's points (a DNF penalty included) count multiplied. */
export function scoreRosterStage({ crews, captain, results, isOut, rules }: RosterStageInput): number {
  return crews.reduce((sum, crew) => {
    const points = scoreCrewStage(results.get(crew), isOut(crew), rules);
    return sum + (crew === captain ? points * rules.captainMultiplier : points);
  }, 0);
}

/** The final classification bonus: finalPoints by final position, no captain multiplier, never negative. */
export function scoreFinalBonus(crews: readonly string[], final: ReadonlyMap<string, ResultRow>, rules: Pick<Rules, "finalPoints">): number {
  return crews.reduce((sum, crew) => {
    const row = final.get(crew);
    if (row?.status !== "FINISHED" || row.position == null) return sum;
    return sum + (rules.finalPoints[row.position - 1] ?? 0);
  }, 0);
}

/** Result rows by crew, for lookups. */
export function indexResults(rows: readonly ResultRow[]): Map<string, ResultRow> {
  return new Map(rows.map((row) => [row.crew, row]));
}
