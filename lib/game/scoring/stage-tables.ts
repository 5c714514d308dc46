import type { Rules } from "@/lib/game/rules";
import { indexResults, scoreFinalCrew, scoreRosterCrew } from "./crew-points";
import type { ResultRow } from "./input-schema";
import { readStageOutcome, scorePodiumCall, type PodiumCall, type PodiumCallScore } from "./podium-points";

/**
 * A crew's share of any roster's points on one stage, as a plain member and as the captain, and the
 * same under the Shield chip. The Joker multiplies a roster's sum, so it needs no share of its own.
 */
export type CrewShare = { crew: string; member: number; captain: number; memberShielded: number; captainShielded: number };

export type StageTableInput = {
  /** Every crew of the event. */
  crews: readonly string[];
  /** The stage's published results. */
  results: readonly ResultRow[];
  /** Crews already out of the rally on this stage (retired after an earlier one). */
  isOut: (crew: string) => boolean;
  isFeatured: (crew: string) => boolean;
  rules: Rules;
};

/**
 * One stage's scoring as small tables, for scoring every player of a large event at once: a roster's
 * points are the sum of its crews' shares (see scoreRosterStage), so a database can add up the shares
 * over every locked roster; and a podium call's points depend on the call alone, so each distinct
 * call is scored once. The numbers are the engine's own: the same functions score one player.
 */
export function tabulateStage({ crews, results, isOut, isFeatured, rules }: StageTableInput) {
  const byCrew = indexResults(results);
  const outcome = readStageOutcome(results, isFeatured);
  const shares: CrewShare[] = crews.map((crew) => ({
    crew,
    member: scoreRosterCrew(byCrew.get(crew), isOut(crew), false, rules),
    captain: scoreRosterCrew(byCrew.get(crew), isOut(crew), true, rules),
    memberShielded: scoreRosterCrew(byCrew.get(crew), isOut(crew), false, rules, true),
    captainShielded: scoreRosterCrew(byCrew.get(crew), isOut(crew), true, rules, true),
  }));
  return {
    shares,
    scoreCall: (call: PodiumCall): PodiumCallScore => scorePodiumCall(call, outcome, rules),
  };
}

/** Each crew's final classification bonus; a roster's bonus is the sum over its crews (see scoreFinalBonus). */
export function tabulateFinalBonus(
  crews: readonly string[],
  final: readonly ResultRow[],
  rules: Pick<Rules, "finalPoints">,
): { crew: string; points: number }[] {
  const byCrew = indexResults(final);
  return crews.map((crew) => ({ crew, points: scoreFinalCrew(byCrew.get(crew), rules) }));
}
