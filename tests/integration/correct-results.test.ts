import { describe, expect, it } from "vitest";
import { correctStageResults, markStageOfficial, publishStageResults } from "@/lib/server/results/stage-results";
import { correctFinalResults, markFinalOfficial, publishFinalResults, saveFinalResults } from "@/lib/server/results/final-results";
import { rescoreEvent } from "@/lib/server/results/rescore-event";
import { createRosterSave, createUser } from "@/tests/factories";
import { testDb } from "./helpers/db";
import { createResultsEvent, finishOrder, readScores, refusal, saveAndPublish } from "./helpers/results-event";

const REASON = "Time penalty of 5 minutes for speeding in a controlled zone";

/** A published prologue with two players: P captains F0, Q captains R0. */
async function createPublishedPrologue() {
  const db = testDb();
  const setup = await createResultsEvent(db);
  const {
    crews: { F0, F1, R0, S },
    stages,
    event,
  } = setup;
  const savedAt = new Date(stages[0]!.startsAt.getTime() - 3_600_000);
  const [P, Q] = [await createUser(db), await createUser(db)];
  await createRosterSave(db, { eventId: event.id, userId: P.id, crewIds: [F0.id, R0.id, S.id], captainCrewId: F0.id, savedAt });
  await createRosterSave(db, { eventId: event.id, userId: Q.id, crewIds: [F1.id, R0.id, S.id], captainCrewId: R0.id, savedAt });
  const rows = finishOrder([F0, R0, F1, S]);
  await saveAndPublish(db, setup.admin.id, stages[0]!.id, rows);
  const stage = await db.stage.findUniqueOrThrow({ where: { id: stages[0]!.id } });
  return { db, ...setup, stage, rows, players: { P, Q } };
}

describe("correcting published results", () => {
  it("needs a reason, and a published stage", async () => {
    const { db, admin, stage, rows, stages } = await createPublishedPrologue();
    const input = { actorId: admin.id, stageId: stage.id, expectedVersion: stage.version, rows };
    const missing = await refusal(correctStageResults(db, { ...input, reason: "  " }));
    expect(missing.code).toBe("INVALID");
    expect(missing.fieldErrors?.reason?.[0]).toContain("A correction needs a reason");
    expect((await refusal(correctStageResults(db, { ...input, reason: "typo" }))).message).toBe(
      "The reason must be 10 to 500 characters (it has 4).",
    );
    const draft = await refusal(
      correctStageResults(db, { ...input, stageId: stages[1]!.id, expectedVersion: stages[1]!.version, reason: REASON }),
    );
    expect(draft.message).toContain("are not published: save the draft and publish it instead");
    expect(await db.auditLog.count({ where: { action: "correct-stage-results", entityId: String(stage.id) } })).toBe(0);
  });

  it("re-opens an official stage as provisional, rescores, and audits before, after and why", async () => {
    const {
      db,
      admin,
      event,
      stage,
      crews: { F0, F1, R0, S },
      players,
    } = await createPublishedPrologue();
    const official = await markStageOfficial(db, { actorId: admin.id, stageId: stage.id, expectedVersion: stage.version });
    expect(official.isChanged).toBe(true);
    expect(await readStandingTotals(db, event.id)).toEqual({ [players.P.id]: 50 + 18 + 12, [players.Q.id]: 36 + 15 + 12 });

    // F0 loses the win to a penalty: R0 first, F0 second.
    const corrected = finishOrder([R0, F0, F1, S]);
    const result = await correctStageResults(db, {
      actorId: admin.id,
      stageId: stage.id,
      expectedVersion: official.version,
      rows: corrected,
      reason: REASON,
    });
    expect(result).toMatchObject({ resultsStatus: "PROVISIONAL", isChanged: true, version: official.version + 1 });
    const reopened = await db.stage.findUniqueOrThrow({ where: { id: stage.id } });
    expect(reopened).toMatchObject({ resultsStatus: "PROVISIONAL", correctionReason: REASON });
    expect(reopened.correctedAt).toBeInstanceOf(Date);
    // P: F0 18 × 2 + R0 25 + S 12; Q: R0 25 × 2 + F1 15 + S 12.
    expect(await readStandingTotals(db, event.id)).toEqual({ [players.P.id]: 36 + 25 + 12, [players.Q.id]: 50 + 15 + 12 });

    const [entry] = await db.auditLog.findMany({ where: { action: "correct-stage-results", entityId: String(stage.id) } });
    expect(entry).toMatchObject({
      actorId: admin.id,
      entityType: "stage",
      reason: REASON,
      before: { resultsStatus: "OFFICIAL" },
      after: { resultsStatus: "PROVISIONAL" },
    });
    const crewsIn = (snapshot: unknown) =>
      (snapshot as { rows: { crewId: number; position: number }[] }).rows.map((row) => [row.crewId, row.position]);
    expect(crewsIn(entry!.before)).toEqual([
      [F0.id, 1],
      [R0.id, 2],
      [F1.id, 3],
      [S.id, 4],
    ]);
    expect(crewsIn(entry!.after)).toEqual([
      [R0.id, 1],
      [F0.id, 2],
      [F1.id, 3],
      [S.id, 4],
    ]);

    expect(
      (
        await refusal(
          correctStageResults(db, {
            actorId: admin.id,
            stageId: stage.id,
            expectedVersion: official.version,
            rows: corrected,
            reason: REASON,
          }),
        )
      ).code,
    ).toBe("CONFLICT");
  });

  it("changes no score row, updatedAt included, when the same results are published or corrected again", async () => {
    const { db, admin, event, stage, rows } = await createPublishedPrologue();
    const before = await readScores(db, event.id);
    expect(before.stageScores).toHaveLength(2);
    const readResultRows = () => db.stageResult.findMany({ where: { stageId: stage.id }, orderBy: { id: "asc" } });
    const resultRows = await readResultRows();

    const again = await publishStageResults(db, { actorId: admin.id, stageId: stage.id });
    expect(again.isRepublished).toBe(true);
    expect(again.rescore).toMatchObject({
      stageRosters: { written: 0, deleted: 0 },
      stageScores: { written: 0, deleted: 0 },
      standings: { written: 0, deleted: 0 },
    });
    const same = await correctStageResults(db, {
      actorId: admin.id,
      stageId: stage.id,
      expectedVersion: stage.version,
      rows,
      reason: REASON,
    });
    expect(same.isChanged).toBe(false);
    const direct = await db.$transaction((tx) => rescoreEvent(tx, event.id));
    expect(direct.standings).toEqual({ written: 0, deleted: 0 });

    expect(await readScores(db, event.id)).toEqual(before);
    // The correction found nothing to change in the rows either: they are the same rows, untouched.
    expect(await readResultRows()).toEqual(resultRows);
  });

  it("marks official idempotently, without an audit row the second time", async () => {
    const { db, admin, stage } = await createPublishedPrologue();
    const first = await markStageOfficial(db, { actorId: admin.id, stageId: stage.id, expectedVersion: stage.version });
    const second = await markStageOfficial(db, { actorId: admin.id, stageId: stage.id, expectedVersion: stage.version });
    expect([first.isChanged, second.isChanged]).toEqual([true, false]);
    expect(second.version).toBe(first.version);
    expect(await db.auditLog.count({ where: { action: "mark-stage-official", entityId: String(stage.id) } })).toBe(1);
  });

  it("publishes, corrects and makes official the final classification, with its bonus", async () => {
    const {
      db,
      admin,
      event,
      stages,
      crews: { F0, F1, R0, S },
      players,
    } = await createPublishedPrologue();
    const start = async () => db.event.findUniqueOrThrow({ where: { id: event.id }, select: { version: true } });
    const draft = await saveFinalResults(db, {
      actorId: admin.id,
      eventId: event.id,
      expectedVersion: (await start()).version,
      rows: finishOrder([R0, F0, S, F1]),
    });
    const early = await refusal(publishFinalResults(db, { actorId: admin.id, eventId: event.id, expectedVersion: draft.version }));
    expect(early.message).toContain("The rally is not over");
    await db.stage.update({ where: { id: stages[3]!.id }, data: { status: "CANCELLED" } });

    const published = await publishFinalResults(db, { actorId: admin.id, eventId: event.id, expectedVersion: draft.version });
    expect(published).toMatchObject({ finalStatus: "PROVISIONAL", isRepublished: false });
    const bonus = async () =>
      Object.fromEntries((await db.standing.findMany({ where: { eventId: event.id } })).map((row) => [row.userId, row.finalBonus]));
    // P holds F0 (36), R0 (50) and S (30); Q holds F1 (24), R0 and S: no captain multiplier.
    expect(await bonus()).toEqual({ [players.P.id]: 36 + 50 + 30, [players.Q.id]: 24 + 50 + 30 });

    const corrected = await correctFinalResults(db, {
      actorId: admin.id,
      eventId: event.id,
      expectedVersion: published.version,
      rows: finishOrder([F0, R0, S], [[F1, "DSQ"]]),
      reason: REASON,
    });
    expect(await bonus()).toEqual({ [players.P.id]: 50 + 36 + 30, [players.Q.id]: 36 + 30 });
    const official = await markFinalOfficial(db, { actorId: admin.id, eventId: event.id, expectedVersion: corrected.version });
    expect(official.isChanged).toBe(true);
    const actions = await db.auditLog.findMany({
      where: { entityType: "event", entityId: String(event.id) },
      orderBy: { id: "asc" },
      select: { action: true, reason: true },
    });
    expect(actions).toEqual([
      { action: "save-final-results", reason: null },
      { action: "publish-final-results", reason: null },
      { action: "correct-final-results", reason: REASON },
      { action: "mark-final-official", reason: null },
    ]);
  });
});

async function readStandingTotals(db: ReturnType<typeof testDb>, eventId: number) {
  return Object.fromEntries((await db.standing.findMany({ where: { eventId } })).map((row) => [row.userId, row.total]));
}
