import { describe, expect, it } from "vitest";
import { DEFAULT_RULES } from "@/lib/game/rules";
import {
  buildReplayScoringInput,
  findNextReplayStage,
  listCrewsOutBefore,
  listReplayStages,
  readReplayTransferState,
  scoreReplayRun,
  type ReplayEvent,
  type ReplayPickInput,
} from "@/lib/game/replay";
import { rankReplayBoard } from "@/lib/game/replay-board";
import { parseScoringInput, scoreEvent } from "@/lib/game/scoring";

const finished = (crew: string, position: number) => ({ crew, position, status: "FINISHED" as const });

// D1..D3 Defender, T1 Toyota, P1 privateer (retired after stage 1). Stage 2 was cancelled, stage 4 has no results.
const event: ReplayEvent = {
  rules: DEFAULT_RULES,
  featuredTeam: "def",
  crews: [
    { id: "D1", team: "def", retiredAfterNumber: null },
    { id: "D2", team: "def", retiredAfterNumber: null },
    { id: "D3", team: "def", retiredAfterNumber: null },
    { id: "T1", team: "toy", retiredAfterNumber: null },
    { id: "P1", team: "pri", retiredAfterNumber: 1 },
  ],
  stages: [
    { id: "s3", number: 3, isCancelled: false, results: [finished("T1", 1), finished("D1", 2), finished("D3", 3)] },
    { id: "s0", number: 0, isCancelled: false, results: [finished("D1", 1), finished("D2", 2), finished("T1", 3), finished("P1", 4)] },
    { id: "s1", number: 1, isCancelled: false, results: [finished("D2", 1), finished("P1", 2), { crew: "D1", status: "DNF" }] },
    { id: "s2", number: 2, isCancelled: true, results: [finished("D3", 1)] },
    { id: "s4", number: 4, isCancelled: false, results: null },
  ],
  final: [finished("D2", 1), finished("T1", 2), finished("D1", 3)],
};

const call = (podium: [string, string, string], featuredBest: string | null) => ({ podium, featuredBest });
const picks: ReplayPickInput[] = [
  { stageNumber: 0, crews: ["D1", "T1", "P1"], captain: "D1", call: call(["D1", "D2", "T1"], "D1") },
  { stageNumber: 1, crews: ["D1", "T1", "P1"], captain: "P1", call: null },
  // P1 retired after stage 1: swapping it for D2 is free, and a second change (T1 → D3) uses the bank.
  { stageNumber: 3, crews: ["D1", "D2", "D3"], captain: "D3", call: call(["T1", "D3", "D1"], "D1") },
];

describe("replay stages", () => {
  it("plays the stages with published results, not cancelled, in running order", () => {
    expect(listReplayStages(event.stages).map((stage) => stage.number)).toEqual([0, 1, 3]);
    expect(findNextReplayStage(event.stages, null)?.number).toBe(0);
    expect(findNextReplayStage(event.stages, 1)?.number).toBe(3);
    expect(findNextReplayStage(event.stages, 3)).toBeUndefined();
  });

  it("puts a retired crew out from the stage after its last one", () => {
    expect(listCrewsOutBefore(event.crews, 1)).toEqual([]);
    expect(listCrewsOutBefore(event.crews, 2)).toEqual(["P1"]);
  });
});

describe("scoring a run", () => {
  it("scores only revealed stages, with no final bonus before the last reveal", () => {
    const score = scoreReplayRun(event, picks.slice(0, 1));
    expect(score.stages.map((stage) => stage.stage)).toEqual(["s0"]);
    // D1 won (captain 50), T1 third 15, P1 fourth 12; call: D1, D2 exact 20 + T1 exact 10, all three +15, best D1 +5.
    expect(score.stages[0]).toMatchObject({ roster: 77, prediction: 50, penalty: 0, total: 127, exact: 3 });
    expect(score.final).toBe(0);
  });

  it("equals the scoring contract's engine on the same picks, stage by stage and with the final", () => {
    const score = scoreReplayRun(event, picks);
    const input = buildReplayScoringInput(event, picks);
    const parsed = parseScoringInput(input);
    expect(parsed.ok ? [] : parsed.errors).toEqual([]);
    const [row] = scoreEvent(input).leaderboard;
    expect(score.total).toBe(row!.total);
    expect(score.final).toBe(50 + 30); // last roster D1, D2, D3: D2 first 50, D1 third 30, D3 unplaced
    expect(score.stages.find((stage) => stage.stage === "s1")).toMatchObject({ roster: 18 * 2 + 0 - 5, prediction: 0 });
    // Stage 3: P1 (retired) out free, T1 out for D3 uses the free transfer banked on stage 1 plus this one's.
    expect(score.stages.find((stage) => stage.stage === "s3")).toMatchObject({ penalty: 0, transfers: 1 });
  });

  it("leaves unrevealed results out of the engine's input", () => {
    const input = buildReplayScoringInput(event, picks.slice(0, 2));
    expect(input.stages.map((stage) => stage.results === null)).toEqual([false, false, true]);
    expect(input.final).toBeNull();
  });

  it("counts transfers for the next stage against the last revealed roster and the bank", () => {
    expect(readReplayTransferState(event, [], 0)).toEqual({ previous: null, bank: 0, retired: [] });
    expect(readReplayTransferState(event, picks.slice(0, 2), 3)).toEqual({ previous: ["D1", "T1", "P1"], bank: 1, retired: ["P1"] });
  });
});

describe("the replay board", () => {
  const at = (minute: number) => new Date(Date.UTC(2026, 11, 6, 10, minute));
  it("keeps each player's best run and shares ranks on equal total and exact slots", () => {
    const board = rankReplayBoard([
      { runId: 1, userId: "ann", total: 300, exact: 4, finishedAt: at(1) },
      { runId: 2, userId: "ann", total: 320, exact: 2, finishedAt: at(5) },
      { runId: 3, userId: "bob", total: 320, exact: 2, finishedAt: at(3) },
      { runId: 4, userId: "cy", total: 320, exact: 3, finishedAt: at(9) },
      { runId: 5, userId: "dee", total: 100, exact: 0, finishedAt: at(0) },
      { runId: 6, userId: "dee", total: 100, exact: 0, finishedAt: at(2) },
    ]);
    expect(board.map((row) => [row.userId, row.runId, row.rank])).toEqual([
      ["cy", 4, 1],
      ["bob", 3, 2],
      ["ann", 2, 2],
      ["dee", 5, 4],
    ]);
  });
});
