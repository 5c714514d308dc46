import pg from "pg";
import { describe, expect, it } from "vitest";
import { requireDatabaseUrl } from "@/lib/env";
import { publishStageResults, saveStageResults } from "@/lib/server/results/stage-results";
import { createRosterSave, createUser } from "@/tests/factories";
import { testDb } from "./helpers/db";
import { createResultsEvent, finishOrder, readScores, saveAndPublish } from "./helpers/results-event";

const HOUR = 3_600_000;

async function waitFor<T>(read: () => Promise<T | null | undefined>, what: string, timeoutMs = 15_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

// PGlite runs one transaction at a time: there is no second backend to block or to kill.
describe.skipIf(process.env.INTEGRATION_DATABASE === "embedded")("faults", () => {
  it("a rescoring killed midway leaves the previous scores and the stage's status as they were", async () => {
    const db = testDb();
    const {
      event,
      crews: { F0, F1, F2, R0, R1, S },
      stages,
      admin,
    } = await createResultsEvent(db);
    const players = await Promise.all([createUser(db), createUser(db), createUser(db)]);
    const before = new Date(stages[0]!.startsAt.getTime() - HOUR);
    for (const [index, player] of players.entries()) {
      const crewIds = [
        [F0, R0, S],
        [F1, R1, S],
        [F2, R0, R1],
      ][index]!.map((crew) => crew.id);
      await createRosterSave(db, { eventId: event.id, userId: player.id, crewIds, captainCrewId: crewIds[0]!, savedAt: before });
    }
    await saveAndPublish(db, admin.id, stages[0]!.id, finishOrder([F0, F1, R0, R1, F2, S]));
    const scoresBefore = await readScores(db, event.id);
    expect(scoresBefore.standings).toHaveLength(3);

    // Stage 1 is saved as a draft, then published while another session holds one standing row:
    // the publish runs up to writing standings and waits there, midway through its transaction.
    const stage1 = await db.stage.findUniqueOrThrow({ where: { id: stages[1]!.id } });
    const draft = await saveStageResults(db, {
      actorId: admin.id,
      stageId: stage1.id,
      expectedVersion: stage1.version,
      rows: finishOrder([S, R1, F2, F1, R0, F0]),
    });
    const blocker = new pg.Client(requireDatabaseUrl());
    await blocker.connect();
    try {
      await blocker.query("BEGIN");
      await blocker.query("SELECT 1 FROM standing WHERE event_id = $1 FOR UPDATE", [event.id]);
      const publishing = publishStageResults(db, { actorId: admin.id, stageId: stage1.id, expectedVersion: draft.version }).then(
        () => "published",
        (error: unknown) => error,
      );
      const waiting = await waitFor(async () => {
        const { rows } = await blocker.query<{ pid: number }>(
          "SELECT pid FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock' AND pid <> pg_backend_pid()",
        );
        return rows[0];
      }, "the publish to wait on the standing row");
      await blocker.query("SELECT pg_terminate_backend($1)", [waiting.pid]);
      expect(await publishing).toBeInstanceOf(Error);
    } finally {
      await blocker.query("ROLLBACK").catch(() => undefined);
      await blocker.end();
    }

    // Nothing of the killed transaction remains; the app's pool carries on.
    expect(await readScores(db, event.id)).toEqual(scoresBefore);
    expect((await db.stage.findUniqueOrThrow({ where: { id: stage1.id } })).resultsStatus).toBe("DRAFT");
    const retried = await publishStageResults(db, { actorId: admin.id, stageId: stage1.id, expectedVersion: draft.version });
    expect(retried.resultsStatus).toBe("PROVISIONAL");
    expect((await readScores(db, event.id)).stageScores.length).toBeGreaterThan(scoresBefore.stageScores.length);
  });
});
