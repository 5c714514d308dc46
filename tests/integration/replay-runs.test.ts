import { beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/lib/server/db";
import { AppError } from "@/lib/server/errors";
import { scoreEvent, type ScoringInputDraft, parseScoringInput } from "@/lib/game/scoring";
import { abandonReplayRun, startReplayRun } from "@/lib/server/replay/manage-runs";
import { revealReplayStage } from "@/lib/server/replay/reveal-replay-stage";
import { saveReplayCall, saveReplayRoster } from "@/lib/server/replay/save-replay-picks";
import { findActiveRun } from "@/lib/server/replay/list-runs";
import { getReplayRunPage } from "@/lib/server/replay/get-replay-run-page";
import { seedDatabase } from "@/prisma/seed/seed-database";
import { createUser } from "@/tests/factories";
import { testDb } from "./helpers/db";
import { changedTables, fingerprintDatabase } from "./helpers/db-fingerprint";
import { DAKAR, loadDakar, playStage, type Dakar } from "./helpers/replay";

// Replay runs of the seeded Dakar 2026 (Stock): a run is scored by the live engine, its revealed
// picks are final in the database, and nothing of the live game moves.

let db: Db;
let dakar: Dakar;

beforeAll(async () => {
  db = testDb();
  await seedDatabase(db);
  dakar = await loadDakar(db);
});

const REPLAY_TABLES = ["replay_run", "replay_pick", "replay_stage_score"];

describe("a whole run of the Dakar 2026", () => {
  it("scores like the live game: the live test's 'switcher' picks give its hand-computed 834, stage by stage as the engine", async () => {
    const user = await createUser(db);
    const before = await fingerprintDatabase(db);
    const { runId } = await startReplayRun(db, { userId: user.id, eventSlug: DAKAR });

    // Prologue: 500, 504 (captain), 501. From stage 1: 502 (captain), 503, 501 (two in, one free: −10).
    // A call on stage 5 only: 502-500-504, best 502 (tests/integration/replay-dakar-2026.test.ts, "Switcher").
    const plan = (number: number) => ({
      roster: number === 0 ? { crews: [500, 504, 501], captain: 504 } : number === 1 ? { crews: [502, 503, 501], captain: 502 } : null,
      call: number === 5 ? { podium: [502, 500, 504] as [number, number, number], best: 502 } : null,
    });
    const totals: number[] = [];
    for (const stage of dakar.stages) {
      const revealed = await playStage(db, dakar, { userId: user.id, runId, stage: stage.number, ...plan(stage.number) });
      totals.push(revealed.runTotal);
      // After every reveal, the stored run equals the engine on the same picks over the revealed stages.
      const expected = scoreWithContract(dakar, plan, stage.number);
      const run = await db.replayRun.findUniqueOrThrow({ where: { id: runId }, include: { scores: true } });
      expect(run.total).toBe(expected.total);
      expect(run.exact).toBe(expected.exact);
      for (const score of run.scores) {
        const number = dakar.stageNumberById.get(score.stageId)!;
        expect(score, `stage ${number}`).toMatchObject({
          rosterPoints: expected.stages[`S${number}`]!.roster,
          callPoints: expected.stages[`S${number}`]!.prediction,
          penalty: expected.stages[`S${number}`]!.penalty,
          total: expected.stages[`S${number}`]!.total,
        });
      }
    }

    const run = await db.replayRun.findUniqueOrThrow({ where: { id: runId } });
    expect(run).toMatchObject({ status: "FINISHED", total: 834, exact: 3, finalBonus: 100, activeSlot: null });
    expect(run.finishedAt).not.toBeNull();
    expect(totals[1]! - totals[0]!).toBe(73); // stage 1: 83 for the roster, 10 for the extra transfer

    // Item 5: the run wrote its own tables and nothing else (standings, stage scores, locked rosters...).
    const changed = changedTables(before, await fingerprintDatabase(db));
    expect(changed.sort()).toEqual([...REPLAY_TABLES].sort());
  });
});

/** The scoring contract's engine on the picks of `plan`, over the stages up to `through`, from the stored results. */
function scoreWithContract(
  event: Dakar,
  plan: (number: number) => { roster: { crews: number[]; captain: number } | null; call: { podium: number[]; best: number } | null },
  through: number,
) {
  const id = (number: number) => String(event.crewId(number));
  const stages = event.stages.map((stage) => ({ id: `S${stage.number}`, results: stage.number <= through ? stage.results : null }));
  const isLast = through === event.stages.at(-1)!.number;
  let current: { crews: number[]; captain: number } | null = null;
  const rosters = event.stages.flatMap((stage) => {
    current = plan(stage.number).roster ?? current;
    return current ? [{ stage: `S${stage.number}`, crews: current.crews.map(id), captain: id(current.captain) }] : [];
  });
  const input: ScoringInputDraft = {
    featuredTeam: event.featuredTeamId,
    crews: event.crews,
    stages,
    final: isLast ? event.final : null,
    players: [
      {
        id: "p",
        joinedAt: "2026-01-01T00:00:00Z",
        rosters,
        predictions: event.stages.flatMap((stage) => {
          const call = plan(stage.number).call;
          return call ? [{ stage: `S${stage.number}`, podium: call.podium.map(id), featuredBest: id(call.best) }] : [];
        }),
      },
    ],
  };
  const parsed = parseScoringInput(input);
  if (!parsed.ok) throw new Error(parsed.errors.join("\n"));
  return scoreEvent(parsed.value).leaderboard[0]!;
}

describe("a revealed stage is final", () => {
  it("refuses raw SQL that updates or deletes a revealed stage's picks or score; an unrevealed pick still changes", async () => {
    const user = await createUser(db);
    const { runId } = await startReplayRun(db, { userId: user.id, eventSlug: DAKAR });
    await playStage(db, dakar, { userId: user.id, runId, stage: 0, roster: { crews: [502, 503, 501], captain: 502 }, call: null });
    await saveReplayRoster(db, {
      userId: user.id,
      runId,
      stageNumber: 1,
      crewIds: dakar.ids([502, 504, 501]),
      captainId: dakar.crewId(504),
    });

    await expect(
      db.$executeRaw`UPDATE replay_pick SET captain_crew_id = crew_ids[2] WHERE run_id = ${runId} AND revealed_at IS NOT NULL`,
    ).rejects.toThrow(/revealed: its picks and score are final/);
    await expect(
      db.$executeRaw`UPDATE replay_pick SET p1_crew_id = NULL WHERE run_id = ${runId} AND revealed_at IS NOT NULL`,
    ).rejects.toThrow(/final/);
    await expect(db.$executeRaw`DELETE FROM replay_pick WHERE run_id = ${runId} AND revealed_at IS NOT NULL`).rejects.toThrow(/final/);
    await expect(db.$executeRaw`UPDATE replay_pick SET revealed_at = NULL WHERE run_id = ${runId}`).rejects.toThrow(/final/);
    await expect(db.$executeRaw`UPDATE replay_stage_score SET total = total + 100 WHERE run_id = ${runId}`).rejects.toThrow(/final/);

    const unrevealed =
      await db.$executeRaw`UPDATE replay_pick SET captain_crew_id = ${dakar.crewId(502)} WHERE run_id = ${runId} AND revealed_at IS NULL`;
    expect(unrevealed).toBe(1);
    const prologue = await db.replayPick.findUniqueOrThrow({ where: { runId_stageId: { runId, stageId: dakar.stageId(0) } } });
    expect(prologue.crewIds).toEqual(dakar.ids([502, 503, 501]));
  });

  it("refuses a save for a stage already revealed, naming the stage, and saves nothing", async () => {
    const user = await createUser(db);
    const { runId } = await startReplayRun(db, { userId: user.id, eventSlug: DAKAR });
    await playStage(db, dakar, { userId: user.id, runId, stage: 0, roster: { crews: [502, 503, 501], captain: 502 }, call: null });
    const refused = saveReplayRoster(db, {
      userId: user.id,
      runId,
      stageNumber: 0,
      crewIds: dakar.ids([500, 503, 501]),
      captainId: dakar.crewId(500),
    });
    await expect(refused).rejects.toMatchObject({ code: "LOCKED", message: "replay.action.alreadyRevealed", values: { number: 0 } });
    const again = revealReplayStage(db, { userId: user.id, runId, stageNumber: 0 });
    await expect(again).rejects.toBeInstanceOf(AppError);
    expect(await db.replayStageScore.count({ where: { runId } })).toBe(1);
  });
});

describe("the run page", () => {
  it("shows results of revealed stages only, and the final classification once finished", async () => {
    const user = await createUser(db);
    const { runId } = await startReplayRun(db, { userId: user.id, eventSlug: DAKAR });
    await playStage(db, dakar, { userId: user.id, runId, stage: 0, roster: { crews: [502, 503, 501], captain: 502 }, call: null });
    const page = await getReplayRunPage(db, user.id, runId);
    expect(page.revealed.map((entry) => entry.stage.number)).toEqual([0]);
    expect(page.open?.stage.number).toBe(1);
    expect(JSON.stringify(page.open)).not.toContain('"results"');
    expect(page.final).toBeNull();
    const stranger = await createUser(db);
    await expect(getReplayRunPage(db, stranger.id, runId)).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});

describe("abandoning and restarting", () => {
  it("keeps one active run per player and event: start resumes it; an abandoned run is kept and closed; a new one starts fresh", async () => {
    const user = await createUser(db);
    const first = await startReplayRun(db, { userId: user.id, eventSlug: DAKAR });
    expect(first.isNew).toBe(true);
    expect(await startReplayRun(db, { userId: user.id, eventSlug: DAKAR })).toEqual({ runId: first.runId, isNew: false });
    await playStage(db, dakar, {
      userId: user.id,
      runId: first.runId,
      stage: 0,
      roster: { crews: [502, 503, 501], captain: 502 },
      call: null,
    });
    expect(await findActiveRun(db, user.id, dakar.eventId)).toMatchObject({ id: first.runId, lastRevealedNumber: 0 });

    await expect(abandonReplayRun(db, { userId: (await createUser(db)).id, runId: first.runId })).rejects.toMatchObject({ code: "LOCKED" });
    await abandonReplayRun(db, { userId: user.id, runId: first.runId });
    expect(await findActiveRun(db, user.id, dakar.eventId)).toBeNull();
    await expect(
      saveReplayCall(db, {
        userId: user.id,
        runId: first.runId,
        stageNumber: 1,
        podium: dakar.ids([502, 503, 501]) as [number, number, number],
        featuredBestId: null,
      }),
    ).rejects.toMatchObject({ code: "LOCKED", message: "replay.action.runClosed" });
    await expect(abandonReplayRun(db, { userId: user.id, runId: first.runId })).rejects.toMatchObject({ code: "LOCKED" });

    const second = await startReplayRun(db, { userId: user.id, eventSlug: DAKAR });
    expect(second.isNew).toBe(true);
    expect(second.runId).not.toBe(first.runId);
    expect(await db.replayRun.findUniqueOrThrow({ where: { id: second.runId } })).toMatchObject({ lastRevealedNumber: null, total: 0 });
    expect(await db.replayRun.findUniqueOrThrow({ where: { id: first.runId } })).toMatchObject({
      status: "ABANDONED",
      lastRevealedNumber: 0,
    });
    expect(await db.replayPick.count({ where: { runId: first.runId } })).toBe(1);
  });

  it("refuses to reveal a stage with no roster, and a roster that breaks the rules, naming the field", async () => {
    const user = await createUser(db);
    const { runId } = await startReplayRun(db, { userId: user.id, eventSlug: DAKAR });
    await expect(revealReplayStage(db, { userId: user.id, runId, stageNumber: 0 })).rejects.toMatchObject({
      message: "replay.action.rosterFirst",
    });
    // 500 + 502 + 504 cost 108 of 100, and three Defender crews break the two-per-team rule.
    const refused = await saveReplayRoster(db, {
      userId: user.id,
      runId,
      stageNumber: 0,
      crewIds: dakar.ids([500, 502, 504]),
      captainId: dakar.crewId(500),
    }).catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(AppError);
    expect((refused as AppError).fieldErrors?.crewIds?.join(" ")).toMatch(/budget/i);
    expect(await db.replayPick.count({ where: { runId } })).toBe(0);
  });
});
