import { beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/lib/server/db";
import type { Chip } from "@/lib/game/rules";
import { scoreEvent, type ScoringInputDraft, parseScoringInput } from "@/lib/game/scoring";
import { startReplayRun } from "@/lib/server/replay/manage-runs";
import { revealReplayStage } from "@/lib/server/replay/reveal-replay-stage";
import { saveReplayRoster } from "@/lib/server/replay/save-replay-picks";
import { getReplayRunPage } from "@/lib/server/replay/get-replay-run-page";
import { seedDatabase } from "@/prisma/seed/seed-database";
import { createUser } from "@/tests/factories";
import { testDb } from "./helpers/db";
import { DAKAR, loadDakar, type Dakar } from "./helpers/replay";
import { refusal } from "./helpers/results-event";

// Chips in replay runs of the seeded Dakar 2026: scored by the live engine from the same input, each
// once per run, and final once their stage is revealed.

let db: Db;
let dakar: Dakar;

beforeAll(async () => {
  db = testDb();
  await seedDatabase(db);
  dakar = await loadDakar(db);
});

type Pick = { stage: number; crews: number[]; captain: number; chip: Chip | null };

/** The scoring contract's engine on these rosters (race numbers), over the stages up to `through`. */
function scoreWithContract(picks: readonly Pick[], through: number) {
  const id = (number: number) => String(dakar.crewId(number));
  const input: ScoringInputDraft = {
    featuredTeam: dakar.featuredTeamId,
    crews: dakar.crews,
    stages: dakar.stages.map((stage) => ({ id: `S${stage.number}`, results: stage.number <= through ? stage.results : null })),
    final: null,
    players: [
      {
        id: "p",
        joinedAt: "2026-01-01T00:00:00Z",
        rosters: picks.map((pick) => ({
          stage: `S${pick.stage}`,
          crews: pick.crews.map(id),
          captain: id(pick.captain),
          ...(pick.chip ? { chip: pick.chip } : {}),
        })),
        predictions: [],
      },
    ],
  };
  const parsed = parseScoringInput(input);
  if (!parsed.ok) throw new Error(parsed.errors.join("\n"));
  return scoreEvent(parsed.value).leaderboard[0]!;
}

async function play(userId: string, runId: number, pick: Pick) {
  await saveReplayRoster(db, {
    userId,
    runId,
    stageNumber: pick.stage,
    crewIds: dakar.ids(pick.crews),
    captainId: dakar.crewId(pick.captain),
    chip: pick.chip,
  });
  return revealReplayStage(db, { userId, runId, stageNumber: pick.stage });
}

const PLAN: Pick[] = [
  { stage: 0, crews: [500, 504, 501], captain: 504, chip: null },
  // Joker on stage 1, with two crews in and one free transfer: the roster's points double, the penalty does not.
  { stage: 1, crews: [502, 503, 501], captain: 502, chip: "JOKER" },
  // Wildcard on stage 2: two more crews in, no penalty.
  { stage: 2, crews: [500, 504, 501], captain: 500, chip: "WILDCARD" },
];

describe("chips in a replay run", () => {
  it("scores a Joker and a Wildcard as the engine does, and shows the chip on each revealed stage", async () => {
    const user = await createUser(db);
    const { runId } = await startReplayRun(db, { userId: user.id, eventSlug: DAKAR });
    for (const pick of PLAN) await play(user.id, runId, pick);

    const expected = scoreWithContract(PLAN, 2);
    const run = await db.replayRun.findUniqueOrThrow({ where: { id: runId }, include: { scores: true } });
    expect(run.total).toBe(expected.total);
    const byNumber = new Map(run.scores.map((score) => [dakar.stageNumberById.get(score.stageId), score]));
    for (const number of [0, 1, 2]) {
      expect(byNumber.get(number), `stage ${number}`).toMatchObject({
        rosterPoints: expected.stages[`S${number}`]!.roster,
        penalty: expected.stages[`S${number}`]!.penalty,
        total: expected.stages[`S${number}`]!.total,
      });
    }
    // The chips did something: without them the engine gives half the stage 1 roster points, and a penalty on stage 2.
    const plain = scoreWithContract(
      PLAN.map((pick) => ({ ...pick, chip: null })),
      2,
    );
    expect(byNumber.get(1)!.rosterPoints).toBe(2 * plain.stages.S1!.roster);
    expect(byNumber.get(1)!.rosterPoints).not.toBe(0);
    expect(plain.stages.S2!.penalty).toBeGreaterThan(0);
    expect(byNumber.get(2)!.penalty).toBe(0);

    const page = await getReplayRunPage(db, user.id, runId);
    expect(page.revealed.map((entry) => [entry.stage.number, entry.pick.chip])).toEqual([
      [0, null],
      [1, "JOKER"],
      [2, "WILDCARD"],
    ]);
    const joker = page.revealed.find((entry) => entry.stage.number === 1)!;
    expect(joker.crews.reduce((sum, crew) => sum + crew.points, 0)).toBe(byNumber.get(1)!.rosterPoints);
    expect(page.chips).toEqual({
      offered: ["JOKER", "WILDCARD", "SHIELD"],
      played: [
        { chip: "JOKER", stageNumber: 1 },
        { chip: "WILDCARD", stageNumber: 2 },
      ],
      pending: null,
    });
  });

  it("refuses a chip played twice in the run, on the chip field, and saves nothing", async () => {
    const user = await createUser(db);
    const { runId } = await startReplayRun(db, { userId: user.id, eventSlug: DAKAR });
    await play(user.id, runId, PLAN[0]!);
    await play(user.id, runId, PLAN[1]!);

    const again = await refusal(
      saveReplayRoster(db, {
        userId: user.id,
        runId,
        stageNumber: 2,
        crewIds: dakar.ids([502, 503, 501]),
        captainId: dakar.crewId(503),
        chip: "JOKER",
      }),
    );
    expect(again.code).toBe("INVALID");
    expect(again.message).toBe("You played that chip on stage 1 of this run: each chip once per run.");
    expect(again.fieldErrors).toEqual({ chip: [again.message] });
    expect(await db.replayPick.count({ where: { runId, stageId: dakar.stageId(2) } })).toBe(0);

    // The database refuses it too: one chip once per run.
    await expect(
      db.$executeRaw`INSERT INTO replay_pick (run_id, stage_id, crew_ids, captain_crew_id, chip)
        VALUES (${runId}, ${dakar.stageId(2)}, ${`{${dakar.ids([502, 503, 501]).join(",")}}`}::int[], ${dakar.crewId(503)}, 'JOKER')`,
    ).rejects.toThrow(/replay_pick_run_id_chip_key|Unique constraint/);
  });

  it("lets the open stage's chip change until the reveal, never after", async () => {
    const user = await createUser(db);
    const { runId } = await startReplayRun(db, { userId: user.id, eventSlug: DAKAR });
    const roster = { userId: user.id, runId, stageNumber: 0, crewIds: dakar.ids([500, 504, 501]), captainId: dakar.crewId(504) };
    await saveReplayRoster(db, { ...roster, chip: "SHIELD" });
    await saveReplayRoster(db, { ...roster, chip: "JOKER" });
    const where = { runId_stageId: { runId, stageId: dakar.stageId(0) } };
    expect((await db.replayPick.findUniqueOrThrow({ where })).chip).toBe("JOKER");
    await revealReplayStage(db, { userId: user.id, runId, stageNumber: 0 });

    await expect(
      db.$executeRaw`UPDATE replay_pick SET chip = 'SHIELD' WHERE run_id = ${runId} AND revealed_at IS NOT NULL`,
    ).rejects.toThrow(/revealed: its picks and score are final/);
    await expect(db.$executeRaw`UPDATE replay_pick SET chip = NULL WHERE run_id = ${runId}`).rejects.toThrow(/final/);
    expect((await db.replayPick.findUniqueOrThrow({ where })).chip).toBe("JOKER");
    const refused = await refusal(saveReplayRoster(db, { ...roster, chip: "SHIELD" }));
    expect(refused.code).toBe("LOCKED");
  });
});
