import { describe, expect, it } from "vitest";
import type { Chip } from "@/lib/game/rules";
import { setStageCancelled } from "@/lib/server/admin/cancel-stage";
import { getCrewPage } from "@/lib/server/crews/get-crew-page";
import { savePodiumCall } from "@/lib/server/picks/save-podium-call";
import { saveRoster } from "@/lib/server/picks/save-roster";
import { correctStageResults } from "@/lib/server/results/stage-results";
import { getStageStats } from "@/lib/server/stats/get-stage-stats";
import { lockStartedStages } from "@/lib/server/results/lock-started-stages";
import { createUser } from "@/tests/factories";
import { testDb } from "./helpers/db";
import { dbTimeIn } from "./helpers/play-event";
import { createResultsEvent, finishOrder, saveAndPublish } from "./helpers/results-event";

const HOUR = 3_600_000;

async function setUp() {
  const db = testDb();
  const { event, crews, stages, admin } = await createResultsEvent(db, [HOUR, 2 * HOUR]);
  const { F0, F1, F2, R0, R1, S } = crews;
  const [A, B, C, D] = await Promise.all([createUser(db), createUser(db), createUser(db), createUser(db)]);
  const save = (userId: string, picked: { id: number }[], captain: { id: number }, chip: Chip | null = null) =>
    saveRoster(db, { userId, eventSlug: event.slug, crewIds: picked.map((crew) => crew.id), captainId: captain.id, chip });
  const call = (userId: string, podium: [{ id: number }, { id: number }, { id: number }]) =>
    savePodiumCall(db, {
      userId,
      eventSlug: event.slug,
      stageNumber: 0,
      podium: [podium[0].id, podium[1].id, podium[2].id],
      featuredBestId: null,
    });
  await save(A.id, [F0, R0, S], F0, "JOKER");
  await save(B.id, [F1, R1, S], R1);
  await save(C.id, [F1, F2, R1], F1, "SHIELD");
  await call(A.id, [F0, R0, F1]);
  await call(B.id, [F0, F1, R0]);
  await call(D.id, [R0, F0, S]);
  // The start falls a few milliseconds after the last save: a save in the same millisecond could land after it.
  const start = async (stage: { id: number }) => {
    await new Promise((resolve) => setTimeout(resolve, 10));
    await db.stage.update({ where: { id: stage.id }, data: { startsAt: await dbTimeIn(db, -1) } });
    // What the queue's stage-stats job does once a stage has started.
    await lockStartedStages(db, event.id);
  };
  return { db, event, crews, stages: stages as [(typeof stages)[0], (typeof stages)[0]], admin, start };
}

const countRows = async (db: ReturnType<typeof testDb>, stageId: number) =>
  (await db.stageStat.count({ where: { stageId } })) + (await db.crewStageStat.count({ where: { stageId } }));

describe("stored stage stats", () => {
  it("are none before the lock, counted from the locked rosters after it, and complete once scored", async () => {
    const { db, crews, stages, admin, start } = await setUp();
    const { F0, F1, F2, R0, R1, S } = crews;
    const [S0] = stages;

    expect(await getStageStats(db, S0)).toBeNull();
    expect(await countRows(db, S0.id)).toBe(0);
    expect((await getCrewPage(db, F0.id))?.stats.stages).toEqual([]);

    await start(S0);
    const locked = await getStageStats(db, S0);
    expect(locked).toMatchObject({ players: 3, callers: 3, isScored: false, chips: { joker: 1, wildcard: 0, shield: 1 }, best: null });
    const row = (id: number) => locked!.crews.find((crew) => crew.crewId === id);
    expect([F0, F1, F2, R0, R1, S].map((crew) => [row(crew.id)?.picks, row(crew.id)?.captains])).toEqual([
      [1, 1],
      [2, 1],
      [1, 0],
      [1, 0],
      [2, 1],
      [2, 0],
    ]);
    // A: F0 R0 F1, B: F0 F1 R0, D: R0 F0 S.
    expect([F0, F1, R0, S].map((crew) => [row(crew.id)?.p1Calls, row(crew.id)?.p2Calls, row(crew.id)?.p3Calls])).toEqual([
      [2, 1, 0],
      [0, 1, 1],
      [1, 1, 1],
      [0, 0, 1],
    ]);
    expect(row(F0.id)?.exactCalls).toBeNull();
    // The crew page reads the same rows: F1 in two rosters of three.
    expect((await getCrewPage(db, F1.id))?.stats.stages).toEqual([{ stageNumber: 0, ownership: 67, captaincy: 33, points: null }]);

    await saveAndPublish(db, admin.id, S0.id, finishOrder([F0, R0, F1, S], [[R1, "DNF"]]));
    const scored = await getStageStats(db, S0);
    const exact = (id: number) => scored!.crews.find((crew) => crew.crewId === id)?.exactCalls;
    expect(scored?.isScored).toBe(true);
    expect([F0, R0, F1, S, F2].map((crew) => exact(crew.id))).toEqual([2, 1, 1, 0, 0]);
    const scores = await db.stageScore.findMany({ where: { stageId: S0.id }, orderBy: { rosterPoints: "desc" } });
    const top = scores[0]!;
    expect(scored?.best).toMatchObject({
      points: top.rosterPoints,
      players: scores.filter((s) => s.rosterPoints === top.rosterPoints).length,
    });
    expect(scores.filter((s) => s.rosterPoints === top.rosterPoints).map((s) => s.userId)).toContain(scored?.best?.player?.id);
    const crewPoints = (await getCrewPage(db, F0.id))!.stats;
    expect(crewPoints.stages[0]?.points).toBeTypeOf("number");
    expect(crewPoints.form).toBe(crewPoints.stages[0]?.points);
  });

  it("are refreshed by a correction and go when the stage is cancelled or its start moves later", async () => {
    const { db, crews, stages, admin, start } = await setUp();
    const { F0, F1, R0, R1, S } = crews;
    const [S0, S1] = stages;
    await start(S0);
    await saveAndPublish(db, admin.id, S0.id, finishOrder([F0, R0, F1, S], [[R1, "DNF"]]));
    const before = await getStageStats(db, S0);
    const pointsBefore = (await getCrewPage(db, F0.id))!.stats.stages[0]!.points;

    const stage = await db.stage.findUniqueOrThrow({ where: { id: S0.id }, select: { version: true } });
    await correctStageResults(db, {
      actorId: admin.id,
      stageId: S0.id,
      expectedVersion: stage.version,
      rows: finishOrder([R0, F0, F1, S], [[R1, "DNF"]]),
      reason: "Time penalty applied to F0",
    });
    const after = await getStageStats(db, S0);
    const exact = (id: number) => after!.crews.find((crew) => crew.crewId === id)?.exactCalls;
    // D called R0 first and F0 second: now the only exact P1 and P2; A's F1 third still holds.
    expect([R0, F0, F1].map((crew) => exact(crew.id))).toEqual([1, 1, 1]);
    expect(after?.players).toBe(before?.players);
    expect((await getCrewPage(db, F0.id))!.stats.stages[0]!.points).toBeLessThan(pointsBefore!);

    await start(S1);
    expect((await getStageStats(db, S1))?.players).toBe(3);
    // The start moves back into the future: the stored row is stale and is not shown.
    await db.stage.update({ where: { id: S1.id }, data: { startsAt: await dbTimeIn(db, HOUR) } });
    expect(await getStageStats(db, S1)).toBeNull();
    await start(S1);
    expect((await getStageStats(db, S1))?.players).toBe(3);
    const version = (await db.stage.findUniqueOrThrow({ where: { id: S1.id }, select: { version: true } })).version;
    await setStageCancelled(db, { actorId: admin.id, stageId: S1.id, expectedVersion: version, cancelled: true });
    expect(await countRows(db, S1.id)).toBe(0);
    expect(await getStageStats(db, S1)).toBeNull();
  });
});
