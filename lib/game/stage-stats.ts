/** A crew's stored numbers on one locked stage (see CrewStageStat). */
export type CrewStageNumbers = {
  stageNumber: number;
  /** Players with a locked roster on the stage. */
  players: number;
  picks: number;
  captains: number;
  /** The crew's points as a plain roster member, once the stage is scored; null before. */
  points: number | null;
};

/** Stages a crew's form averages over: the last few it was scored on. */
export const FORM_STAGES = 3;

/** A share of the stage's locked rosters, in whole percent; 0 when nobody locked one. */
export function toPercent(count: number, players: number): number {
  return players === 0 ? 0 : Math.round((count * 100) / players);
}

/**
 * A crew over an event's locked stages, in running order: ownership and captaincy shares per stage,
 * points per scored stage, and its form, the average points of its last FORM_STAGES scored stages
 * (rounded to one decimal; null before its first scored stage).
 */
export function summarizeCrewStages(rows: readonly CrewStageNumbers[]) {
  const stages = [...rows]
    .sort((a, b) => a.stageNumber - b.stageNumber)
    .map((row) => ({
      stageNumber: row.stageNumber,
      ownership: toPercent(row.picks, row.players),
      captaincy: toPercent(row.captains, row.players),
      points: row.points,
    }));
  const recent = stages.flatMap((stage) => (stage.points === null ? [] : [stage.points])).slice(-FORM_STAGES);
  const form = recent.length === 0 ? null : Math.round((recent.reduce((sum, points) => sum + points, 0) * 10) / recent.length) / 10;
  return { stages, form, formStages: recent.length };
}
