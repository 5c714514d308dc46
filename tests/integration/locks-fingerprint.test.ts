import { describe, expect, it } from "vitest";
import type { Db } from "@/lib/server/db";
import { rescoreEvent } from "@/lib/server/results/rescore-event";
import { createRosterSave, createUser } from "@/tests/factories";
import { testDb } from "./helpers/db";
import { createResultsEvent, finishOrder, readScores, saveAndPublish } from "./helpers/results-event";

const MINUTE = 60_000;

/** Two players, one of whom makes two transfers after the prologue; stages 0 and 1 published. */
async function createScoredEvent(db: Db) {
  const setup = await createResultsEvent(db);
  const { F0, F1, F2, R0, R1, S } = setup.crews;
  const [S0, S1] = setup.stages as [(typeof setup.stages)[number], (typeof setup.stages)[number]];
  const [keeper, mover] = [await createUser(db), await createUser(db)];
  const beforeStart = new Date(S0.startsAt.getTime() - 60 * MINUTE);
  await createRosterSave(db, { eventId: setup.event.id, userId: keeper.id, crewIds: [F0.id, R0.id, S.id], captainCrewId: F0.id, savedAt: beforeStart });
  await createRosterSave(db, { eventId: setup.event.id, userId: mover.id, crewIds: [F1.id, R1.id, S.id], captainCrewId: R1.id, savedAt: beforeStart });
  const betweenStarts = new Date(S0.startsAt.getTime() + MINUTE);
  await createRosterSave(db, { eventId: setup.event.id, userId: mover.id, crewIds: [F2.id, R0.id, S.id], captainCrewId: F2.id, savedAt: betweenStarts });
  await saveAndPublish(db, setup.admin.id, S0.id, finishOrder([F1, R0, F0, R1, F2, S]));
  await saveAndPublish(db, setup.admin.id, S1.id, finishOrder([F0, F2, S, F1, R0, R1]));
  return { ...setup, S0, S1, mover };
}

async function setRules(db: Db, eventId: number, rules: Record<string, number>) {
  await db.event.update({ where: { id: eventId }, data: { rules } });
}

// A mark on one locked roster that scoring never reads: it survives only if nothing locked again.
const MARK = new Date("2000-01-01T00:00:00Z");

async function markOneLockedRoster(db: Db, stageId: number) {
  const [row] = await db.stageRoster.findMany({ where: { stageId }, orderBy: { userId: "asc" }, take: 1 });
  await db.stageRoster.update({ where: { stageId_userId: { stageId, userId: row!.userId } }, data: { lockedAt: MARK } });
}

async function isMarkKept(db: Db, stageId: number) {
  return (await db.stageRoster.count({ where: { stageId, lockedAt: MARK } })) === 1;
}

const fullRescore = (db: Db, eventId: number) => db.$transaction((tx) => rescoreEvent(tx, eventId), { timeout: 60_000 });

/** What a rescore with nothing stored writes: the reference the kept locks must equal. */
async function scoresFromNothing(db: Db, eventId: number) {
  const stageIds = (await db.stage.findMany({ where: { eventId }, select: { id: true } })).map((stage) => stage.id);
  await db.stageRoster.deleteMany({ where: { stageId: { in: stageIds } } });
  await db.stageScore.deleteMany({ where: { stageId: { in: stageIds } } });
  await db.standing.deleteMany({ where: { eventId } });
  await db.scoringState.deleteMany({ where: { eventId } });
  await fullRescore(db, eventId);
  return withoutTimes(await readScores(db, eventId));
}

/** Rows without their write times: a rewritten row with the same values is the same row. */
function withoutTimes(scores: Awaited<ReturnType<typeof readScores>>) {
  const strip = <T extends object>(rows: T[]) =>
    rows.map((row) => Object.fromEntries(Object.entries(row).filter(([key]) => key !== "updatedAt" && key !== "createdAt")));
  return {
    standings: strip(scores.standings),
    stageScores: strip(scores.stageScores),
    stageRosters: strip(scores.stageRosters),
    rankCounts: strip(scores.rankCounts),
  };
}

describe("a full rescore keeps the locked rosters while their inputs are unchanged", () => {
  it("a scoring rule: every score changes, no locked roster is written, and the result is a rescore from nothing's", async () => {
    const db = testDb();
    const { event, S1 } = await createScoredEvent(db);
    const before = withoutTimes(await readScores(db, event.id));
    await markOneLockedRoster(db, S1.id);

    await setRules(db, event.id, { captainMultiplier: 3 });
    const rescored = await fullRescore(db, event.id);
    expect(rescored.stageRosters).toEqual({ written: 0, deleted: 0 });
    expect(rescored.stageScores.written).toBeGreaterThan(0);
    expect(await isMarkKept(db, S1.id)).toBe(true);
    const after = withoutTimes(await readScores(db, event.id));
    expect(after.stageScores).not.toEqual(before.stageScores);
    const fromNothing = await scoresFromNothing(db, event.id);
    const unmark = (rows: typeof after.stageRosters) => rows.map((row) => ({ ...row, lockedAt: null }));
    expect(unmark(after.stageRosters)).toEqual(unmark(fromNothing.stageRosters));
    expect({ ...after, stageRosters: [] }).toEqual({ ...fromNothing, stageRosters: [] });
  });

  it("a transfer rule, a retirement, a version saved before a start: locked again, as from nothing", async () => {
    const db = testDb();
    const { event, S0, S1, mover, crews } = await createScoredEvent(db);
    const rules: Record<string, number> = {};
    const changes: [string, () => Promise<unknown>][] = [
      ["no free transfers", () => setRules(db, event.id, Object.assign(rules, { freeTransfersPerStage: 0 }))],
      ["a dearer transfer", () => setRules(db, event.id, Object.assign(rules, { transferPenalty: 25 }))],
      [
        "R1 retired after the prologue",
        () => db.crew.update({ where: { id: crews.R1.id }, data: { status: "RETIRED", retiredAfterStageId: S0.id } }),
      ],
      [
        "an imported version before stage 1",
        () =>
          createRosterSave(db, {
            eventId: event.id,
            userId: mover.id,
            crewIds: [crews.F0.id, crews.R0.id, crews.S.id],
            captainCrewId: crews.S.id,
            savedAt: new Date(S1.startsAt.getTime() - MINUTE),
          }),
      ],
    ];
    for (const [change, apply] of changes) {
      const before = withoutTimes(await readScores(db, event.id));
      await markOneLockedRoster(db, S1.id);
      await apply();
      const rescored = await fullRescore(db, event.id);
      expect(rescored.stageRosters.written, change).toBeGreaterThan(0);
      expect(await isMarkKept(db, S1.id), change).toBe(false);
      const after = withoutTimes(await readScores(db, event.id));
      expect(after.stageRosters, change).not.toEqual(before.stageRosters);
      expect(after, change).toEqual(await scoresFromNothing(db, event.id));
    }
  });

  it("a stage's start moved back to the future: its locked rosters go", async () => {
    const db = testDb();
    const { event, stages } = await createScoredEvent(db);
    const S2 = stages[2]!;
    await fullRescore(db, event.id);
    expect((await readScores(db, event.id)).stageRosters.some((row) => row.stageId === S2.id)).toBe(true);

    await db.stage.update({ where: { id: S2.id }, data: { startsAt: new Date(Date.now() + 3_600_000) } });
    const rescored = await fullRescore(db, event.id);
    expect(rescored.stageRosters.deleted).toBeGreaterThan(0);
    expect((await readScores(db, event.id)).stageRosters.some((row) => row.stageId === S2.id)).toBe(false);
  });
});
