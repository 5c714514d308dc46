import type { Chip, Rules } from "@/lib/game/rules";
import { scoreCrewStage } from "@/lib/game/scoring";
import type { ResultRow } from "@/lib/game/scoring/input-schema";

export type CrewStagePoints = { crewId: string; isCaptain: boolean; isOut: boolean; points: number };

/**
 * Each crew's share of a locked roster's stage points, the captain's already multiplied: the same
 * rule the scoring engine sums (scoreRosterStage), shown crew by crew on the player page.
 */
export function breakDownRosterStage(input: {
  crewIds: readonly string[];
  captainId: string;
  results: ReadonlyMap<string, ResultRow>;
  /** Crews already out of the rally when this stage started. */
  outCrewIds: ReadonlySet<string>;
  /** The chip played on this stage: the Shield zeroes a DNF or DSQ, the Joker multiplies every share. */
  chip?: Chip | null;
  rules: Pick<Rules, "stagePoints" | "dnfPenalty" | "captainMultiplier" | "jokerMultiplier">;
}): CrewStagePoints[] {
  const joker = input.chip === "JOKER" ? input.rules.jokerMultiplier : 1;
  return input.crewIds.map((crewId) => {
    const isCaptain = crewId === input.captainId;
    const isOut = input.outCrewIds.has(crewId);
    const points = scoreCrewStage(input.results.get(crewId), isOut, input.rules, input.chip === "SHIELD");
    return { crewId, isCaptain, isOut, points: (isCaptain ? points * input.rules.captainMultiplier : points) * joker };
  });
}

export type StagePointsPoint = { stageNumber: number; total: number };
export type ProgressPoint = { stageNumber: number; points: number; cumulative: number; rank: number | null };

/** Points stage by stage and their running total, with the overall rank after each stage when known. */
export function buildProgress(stageTotals: readonly StagePointsPoint[], rankAfter: ReadonlyMap<number, number>): ProgressPoint[] {
  let cumulative = 0;
  return [...stageTotals]
    .sort((a, b) => a.stageNumber - b.stageNumber)
    .map(({ stageNumber, total }) => {
      cumulative += total;
      return { stageNumber, points: total, cumulative, rank: rankAfter.get(stageNumber) ?? null };
    });
}
