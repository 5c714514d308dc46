import type { Chip, Rules } from "@/lib/game/rules";
import type { ResultRow } from "./input-schema";

/**
 * One crew's points on one stage, before any captain multiplier. A crew that is out of the rally scores
 * nothing whatever a row says; a FINISHED crew whose position is unknown scores nothing either.
 */
export function scoreCrewStage(
  row: ResultRow | undefined,
  isOut: boolean,
  rules: Pick<Rules, "stagePoints" | "dnfPenalty">,
  isShielded = false,
): number {
  if (isOut || row === undefined) return 0;
  switch (row.status) {
    case "FINISHED":
      return row.position == null ? 0 : (rules.stagePoints[row.position - 1] ?? 0);
    case "DNF":
    case "DSQ":
      // The Shield chip: a DNF or DSQ on that stage costs nothing.
      return isShielded ? 0 : rules.dnfPenalty;
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
  /** The chip played with this roster for this very stage, if any. */
  chip?: Chip | null;
  rules: Pick<Rules, "stagePoints" | "dnfPenalty" | "captainMultiplier" | "jokerMultiplier">;
};

/** One crew's share of a roster's stage points: its points, multiplied when it is the captain (a DNF penalty too). */
export function scoreRosterCrew(
  row: ResultRow | undefined,
  isOut: boolean,
  isCaptain: boolean,
  rules: Pick<Rules, "stagePoints" | "dnfPenalty" | "captainMultiplier">,
  isShielded = false,
): number {
  const points = scoreCrewStage(row, isOut, rules, isShielded);
  return isCaptain ? points * rules.captainMultiplier : points;
}

/**
 * A locked roster's points on one stage: the sum of its crews' shares (scoreRosterCrew, shielded
 * under the Shield), times jokerMultiplier under the Joker, whatever the sum's sign. Rescoring
 * relies on that shape: it tabulates each crew's share once per stage (plain and shielded) and
 * adds them up in the database.
 */
export function scoreRosterStage({ crews, captain, results, isOut, chip = null, rules }: RosterStageInput): number {
  const isShielded = chip === "SHIELD";
  const sum = crews.reduce(
    (total, crew) => total + scoreRosterCrew(results.get(crew), isOut(crew), crew === captain, rules, isShielded),
    0,
  );
  return chip === "JOKER" ? sum * rules.jokerMultiplier : sum;
}

/** One crew's final classification bonus: finalPoints by final position, never negative. */
export function scoreFinalCrew(row: ResultRow | undefined, rules: Pick<Rules, "finalPoints">): number {
  if (row?.status !== "FINISHED" || row.position == null) return 0;
  return rules.finalPoints[row.position - 1] ?? 0;
}

/** The final classification bonus: the sum of the crews' bonuses (scoreFinalCrew), no captain multiplier. */
export function scoreFinalBonus(
  crews: readonly string[],
  final: ReadonlyMap<string, ResultRow>,
  rules: Pick<Rules, "finalPoints">,
): number {
  return crews.reduce((sum, crew) => sum + scoreFinalCrew(final.get(crew), rules), 0);
}

/** Result rows by crew, for lookups. */
export function indexResults(rows: readonly ResultRow[]): Map<string, ResultRow> {
  return new Map(rows.map((row) => [row.crew, row]));
}
