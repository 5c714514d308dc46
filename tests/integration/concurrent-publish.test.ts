import { afterAll, describe, expect, it } from "vitest";
import { requireDatabaseUrl } from "@/lib/env";
import { createDb } from "@/lib/server/db";
import { correctStageResults, publishStageResults, saveStageResults } from "@/lib/server/results/stage-results";
import { rescoreEvent } from "@/lib/server/results/rescore-event";
import { RESULTS_TRANSACTION_OPTIONS } from "@/lib/server/results/results-locks";
import { createPodiumCall, createRosterSave, createUser } from "@/tests/factories";
import { testDb } from "./helpers/db";
import { createResultsEvent, finishOrder, readScores } from "./helpers/results-event";

// Two admins: separate clients, so separate connections and transactions.
const admins = [createDb(requireDatabaseUrl(), 2), createDb(requireDatabaseUrl(), 2)] as const;
afterAll(() => Promise.all(admins.map((client) => client.$disconnect())));

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Twelve players with valid rosters saved before the prologue, half of them calling every stage. */
async function createBusyEvent() {
  const db = testDb();
  const setup = await createResultsEvent(db);
  const {
    crews: { F0, F1, F2, R0, R1, S },
    stages,
    event,
  } = setup;
  const picks = [
    [F0, R0, S],
    [F1, R1, S],
    [F2, R0, R1],
    [F0, F2, S],
    [F1, R0, S],
    [F2, R1, S],
  ];
  const savedAt = new Date(stages[0]!.startsAt.getTime() - 3_600_000);
  for (let i = 0; i < 12; i += 1) {
    const user = await createUser(db);
    const crews = picks[i % picks.length]!;
    await createRosterSave(db, {
      eventId: event.id,
      userId: user.id,
      crewIds: crews.map((crew) => crew.id),
      captainCrewId: crews[i % 3]!.id,
      savedAt,
    });
    if (i % 2 === 0) {
      for (const stage of stages.slice(0, 3)) {
        const [p1, p2, p3] = [crews[0]!, crews[1]!, crews[2]!];
        await createPodiumCall(db, {
          userId: user.id,
          stageId: stage.id,
          p1CrewId: p1.id,
          p2CrewId: p2.id,
          p3CrewId: p3.id,
          featuredBestCrewId: F0.id,
        });
      }
    }
  }
  const rows = [finishOrder([F0, R0, F1, S, F2]), finishOrder([F2, F1, R1], [[F0, "DNF"]]), finishOrder([R0, S, F0, F1])];
  const versions: number[] = [];
  for (const [index, stage] of stages.slice(0, 3).entries()) {
    versions.push(
      (await saveStageResults(db, { actorId: setup.admin.id, stageId: stage.id, expectedVersion: stage.version, rows: rows[index]! }))
        .version,
    );
  }
  return { db, ...setup, rows, versions };
}

/** A rescore from scratch in its own transaction: it must find nothing to change. */
async function expectSettled(eventId: number) {
  const db = testDb();
  const before = await readScores(db, eventId);
  const again = await db.$transaction((tx) => rescoreEvent(tx, eventId), RESULTS_TRANSACTION_OPTIONS);
  expect(again).toMatchObject({
    stageRosters: { written: 0, deleted: 0 },
    stageScores: { written: 0, deleted: 0 },
    standings: { written: 0, deleted: 0 },
  });
  expect(await readScores(db, eventId)).toEqual(before);
  return before;
}

describe("two admins publishing at once", () => {
  it("both publishes land, in either order, and the scores equal one sequential rescore", async () => {
    const { event, stages, admin, versions, rows } = await createBusyEvent();
    const outcomes = await Promise.allSettled([
      publishStageResults(admins[0], { actorId: admin.id, stageId: stages[0]!.id, expectedVersion: versions[0] }),
      publishStageResults(admins[1], { actorId: admin.id, stageId: stages[1]!.id, expectedVersion: versions[1] }),
    ]);
    expect(outcomes.map((outcome) => outcome.status)).toEqual(["fulfilled", "fulfilled"]);
    const settled = await expectSettled(event.id);
    expect(settled.standings).toHaveLength(12);
    expect(new Set(settled.stageScores.map((row) => row.stageId))).toEqual(new Set([stages[0]!.id, stages[1]!.id]));

    // A correction and a publish of another stage at once.
    const more = await Promise.allSettled([
      correctStageResults(admins[0], {
        actorId: admin.id,
        stageId: stages[0]!.id,
        expectedVersion: versions[0]! + 1,
        rows: rows[2]!,
        reason: "Positions swapped after the video review",
      }),
      publishStageResults(admins[1], { actorId: admin.id, stageId: stages[2]!.id, expectedVersion: versions[2] }),
    ]);
    expect(more.map((outcome) => outcome.status)).toEqual(["fulfilled", "fulfilled"]);
    expect((await expectSettled(event.id)).stageScores).toHaveLength(36);
  });

  it("a publish waits for a rescore in progress and then includes it", async () => {
    const { db, event, stages, admin, versions } = await createBusyEvent();
    await publishStageResults(db, { actorId: admin.id, stageId: stages[0]!.id, expectedVersion: versions[0] });
    let releasedAt = 0;
    let publishedAt = 0;
    // The first admin's rescore holds the event's scoring lock a while before committing.
    const holder = admins[0].$transaction(async (tx) => {
      await rescoreEvent(tx, event.id);
      await sleep(400);
      releasedAt = Date.now();
    }, RESULTS_TRANSACTION_OPTIONS);
    await sleep(100);
    const publish = publishStageResults(admins[1], { actorId: admin.id, stageId: stages[1]!.id, expectedVersion: versions[1] }).then(
      (result) => {
        publishedAt = Date.now();
        return result;
      },
    );
    const [, published] = await Promise.all([holder, publish]);
    expect(publishedAt).toBeGreaterThanOrEqual(releasedAt);
    expect(published.rescore.publishedStages).toBe(2);
    await expectSettled(event.id);
  });
});
