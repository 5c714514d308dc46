/** One published stage of two players side by side: each one's stage points and the running gap after it. */
export type GapPoint = { stageNumber: number; a: number; b: number; gap: number };

/**
 * The running gap between two players (A's total minus B's) after each stage either has points on,
 * in stage order. A stage missing for one player counts 0 for them (they had no score there).
 */
export function buildGapSeries(
  a: readonly { stageNumber: number; total: number }[],
  b: readonly { stageNumber: number; total: number }[],
): GapPoint[] {
  const pointsA = new Map(a.map((stage) => [stage.stageNumber, stage.total]));
  const pointsB = new Map(b.map((stage) => [stage.stageNumber, stage.total]));
  const stageNumbers = [...new Set([...pointsA.keys(), ...pointsB.keys()])].sort((x, y) => x - y);
  let gap = 0;
  return stageNumbers.map((stageNumber) => {
    const [pa, pb] = [pointsA.get(stageNumber) ?? 0, pointsB.get(stageNumber) ?? 0];
    gap += pa - pb;
    return { stageNumber, a: pa, b: pb, gap };
  });
}
