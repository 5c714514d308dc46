import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { requireDatabaseUrl } from "@/lib/env";
import type { Db } from "@/lib/server/db";
import { startReplayRun } from "@/lib/server/replay/manage-runs";
import { revealReplayStage } from "@/lib/server/replay/reveal-replay-stage";
import { saveReplayRoster } from "@/lib/server/replay/save-replay-picks";
import { getReplayBoard } from "@/lib/server/replay/get-replay-board";
import { seedDatabase } from "@/prisma/seed/seed-database";
import { createUser } from "@/tests/factories";
import { testDb } from "./helpers/db";
import { DAKAR, loadDakar, playStage, type Dakar } from "./helpers/replay";

let db: Db;
let dakar: Dakar;
let holder: pg.Client;

beforeAll(async () => {
  db = testDb();
  await seedDatabase(db);
  dakar = await loadDakar(db);
  holder = new pg.Client({ connectionString: requireDatabaseUrl() });
  if (process.env.INTEGRATION_DATABASE !== "embedded") await holder.connect();
});

afterAll(async () => {
  if (process.env.INTEGRATION_DATABASE !== "embedded") await holder.end();
});

/** Waits until `count` other sessions are blocked on a lock: the calls under test have reached the run's row. */
async function waitForLockWaiters(count: number) {
  for (let attempt = 0; attempt < 200; attempt += 1) {
    // The holder may be inside its transaction, where pg_stat_activity is a snapshot: refresh it.
    await holder.query("SELECT pg_stat_clear_snapshot()");
    const { rows } = await holder.query<{ n: number }>(
      "SELECT count(*)::int AS n FROM pg_stat_activity WHERE wait_event_type = 'Lock' AND datname = current_database()",
    );
    if (rows[0]!.n >= count) return;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  throw new Error(`never saw ${count} sessions waiting on a lock`);
}

/** Holds the run's row lock (as a reveal or save in another tab does) while `start` fires calls, then lets them go in order. */
async function raceUnderLock(runId: number, start: () => Promise<unknown>[]): Promise<PromiseSettledResult<unknown>[]> {
  await holder.query("BEGIN");
  await holder.query("SELECT id FROM replay_run WHERE id = $1 FOR UPDATE", [runId]);
  const calls = start();
  await waitForLockWaiters(calls.length);
  await holder.query("COMMIT");
  return Promise.allSettled(calls);
}

// The embedded database is one backend shared by every client: there are no row locks to queue on.
describe.skipIf(process.env.INTEGRATION_DATABASE === "embedded")("a reveal racing a save in another tab", () => {
  it("a save that gets the run first lands and is scored; a save that comes after the reveal is refused and changes nothing", async () => {
    const user = await createUser(db);
    const { runId } = await startReplayRun(db, { userId: user.id, eventSlug: DAKAR });
    await playStage(db, dakar, { userId: user.id, runId, stage: 0, roster: { crews: [502, 503, 501], captain: 502 }, call: null });
    const pickOf = (number: number) =>
      db.replayPick.findUniqueOrThrow({ where: { runId_stageId: { runId, stageId: dakar.stageId(number) } } });

    // The save queues first: the reveal scores the saved roster (504 captain replaces 503: one free transfer).
    const saveFirst = await raceUnderLock(runId, () => {
      const save = saveReplayRoster(db, {
        userId: user.id,
        runId,
        stageNumber: 1,
        crewIds: dakar.ids([502, 504, 501]),
        captainId: dakar.crewId(504),
      });
      return [save, waitForLockWaiters(1).then(() => revealReplayStage(db, { userId: user.id, runId, stageNumber: 1 }))];
    });
    expect(saveFirst.map((outcome) => outcome.status)).toEqual(["fulfilled", "fulfilled"]);
    expect(await pickOf(1)).toMatchObject({ crewIds: dakar.ids([502, 504, 501]), captainCrewId: dakar.crewId(504) });
    expect(await pickOf(1).then((pick) => pick.revealedAt)).not.toBeNull();

    // The reveal queues first: the save then finds stage 2 revealed, is refused with the stage named, and nothing moves.
    const revealFirst = await raceUnderLock(runId, () => {
      const reveal = revealReplayStage(db, { userId: user.id, runId, stageNumber: 2 });
      return [
        reveal,
        waitForLockWaiters(1).then(() =>
          saveReplayRoster(db, {
            userId: user.id,
            runId,
            stageNumber: 2,
            crewIds: dakar.ids([500, 503, 501]),
            captainId: dakar.crewId(500),
          }),
        ),
      ];
    });
    expect(revealFirst[0]!.status).toBe("fulfilled");
    expect(revealFirst[1]).toMatchObject({
      status: "rejected",
      reason: { code: "LOCKED", message: "replay.action.alreadyRevealed", values: { number: 2 } },
    });
    expect(await pickOf(2)).toMatchObject({ crewIds: dakar.ids([502, 504, 501]) });
    expect(await db.replayPick.count({ where: { runId, stage: { number: 3 } } })).toBe(0);
    expect(await db.replayStageScore.count({ where: { runId } })).toBe(3);
  });
});

describe("the replay board", () => {
  it("ranks each player's best finished run, ties sharing a rank; active and abandoned runs stay off; a league sees its members only", async () => {
    // A fresh event of its own, so the board holds exactly these runs.
    const season = await db.season.findFirstOrThrow({ where: { slug: "w2rc-2026" } });
    const event = await db.event.create({
      data: {
        seasonId: season.id,
        slug: `replay-board-${Date.now()}`,
        name: "Board Rally",
        timeZone: "UTC",
        startDate: new Date("2026-01-03"),
        endDate: new Date("2026-01-17"),
        status: "COMPLETED",
      },
    });
    const [ann, bob, cy, dee, eve] = await Promise.all([1, 2, 3, 4, 5].map(() => createUser(db)));
    const at = (minute: number) => new Date(Date.UTC(2026, 11, 1, 10, minute));
    const finished = (userId: string, total: number, exact: number, minute: number) =>
      db.replayRun.create({
        data: { userId, eventId: event.id, status: "FINISHED", activeSlot: null, total, exact, startedAt: at(0), finishedAt: at(minute) },
      });
    await finished(ann!.id, 300, 4, 1);
    const annBest = await finished(ann!.id, 320, 2, 5);
    const bobRun = await finished(bob!.id, 320, 2, 3);
    await finished(cy!.id, 320, 3, 9);
    await finished(dee!.id, 100, 0, 2);
    await db.replayRun.create({ data: { userId: eve!.id, eventId: event.id, total: 999, exact: 9 } }); // active
    await db.replayRun.create({ data: { userId: eve!.id, eventId: event.id, status: "ABANDONED", activeSlot: null, total: 999 } });

    const { rows } = await getReplayBoard(db, event.slug);
    expect(rows.map((row) => [row.userId, row.rank, row.total])).toEqual([
      [cy!.id, 1, 320],
      [bob!.id, 2, 320], // bob and ann tie on points and exact slots: bob finished first
      [ann!.id, 2, 320],
      [dee!.id, 4, 100],
    ]);
    expect(rows.find((row) => row.userId === ann!.id)).toMatchObject({ runId: annBest.id, finishedAt: at(5) });
    expect(rows[1]!.runId).toBe(bobRun.id);

    const league = await getReplayBoard(db, event.slug, [ann!.id, dee!.id, eve!.id]);
    expect(league.rows.map((row) => [row.userId, row.rank])).toEqual([
      [ann!.id, 1],
      [dee!.id, 2],
    ]);
  });

  it("refuses a second active run for one player and event at the database", async () => {
    const user = await createUser(db);
    await startReplayRun(db, { userId: user.id, eventSlug: DAKAR });
    await expect(db.replayRun.create({ data: { userId: user.id, eventId: dakar.eventId } })).rejects.toMatchObject({ code: "P2002" });
  });
});
