import type { Rules } from "@/lib/game/rules";
import type { ResultRow } from "./input-schema";

export type PodiumCall = { podium: readonly string[]; featuredBest: string | null };

export type PodiumCallScore = { points: number; exact: number };

export type StageOutcome = {
  /** Crews at positions 1, 2, 3 (undefined where nobody holds the position). */
  podium: readonly (string | undefined)[];
  /** The featured team's best finisher with a known position; null when none has one. */
  featuredBest: string | null;
};

/** What a stage's results say about its podium and the featured team's best crew. */
export function readStageOutcome(rows: readonly ResultRow[], isFeatured: (crew: string) => boolean): StageOutcome {
  const finishers = rows.filter((row) => row.status === "FINISHED" && row.position != null);
  const at = (position: number) => finishers.find((row) => row.position === position)?.crew;
  const featured = finishers.filter((row) => isFeatured(row.crew)).sort((a, b) => (a.position ?? 0) - (b.position ?? 0))[0];
  return { podium: [at(1), at(2), at(3)], featuredBest: featured?.crew ?? null };
}

type PodiumRules = Pick<Rules, "exactPodium" | "podiumWrongSlot" | "perfectPodiumBonus" | "featuredBest">;

/**
 * A podium call's points: per slot, the exact crew or else a crew that made the podium in another slot;
 * a bonus when all three are exact; and the featured-best call, where null is right when no featured
 * crew finished with a position.
 */
export function scorePodiumCall(call: PodiumCall, outcome: StageOutcome, rules: PodiumRules): PodiumCallScore {
  const onPodium = new Set(outcome.podium.filter((crew) => crew !== undefined));
  let exact = 0;
  let points = 0;
  call.podium.forEach((crew, slot) => {
    if (outcome.podium[slot] === crew) {
      exact += 1;
      points += rules.exactPodium;
    } else if (onPodium.has(crew)) {
      points += rules.podiumWrongSlot;
    }
  });
  if (exact === 3) points += rules.perfectPodiumBonus;
  if (call.featuredBest === outcome.featuredBest) points += rules.featuredBest;
  return { points, exact };
}
