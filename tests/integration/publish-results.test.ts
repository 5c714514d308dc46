import { describe, expect, it } from "vitest";
import { parseScoringInput, rankStage, scoreEvent, scorePlayers, type ScoringInputDraft } from "@/lib/game/scoring";
import { publishStageResults, saveStageResults } from "@/lib/server/results/stage-results";
import { rescoreEvent } from "@/lib/server/results/rescore-event";
import { mapError } from "@/lib/server/errors";
import { createPodiumCall, createRosterSave, createUser } from "@/tests/factories";
import { testDb } from "./helpers/db";
import {
  contractField,
  contractResults,
  createResultsEvent,
  finishOrder,
  readScores,
  refusal,
  saveAndPublish,
} from "./helpers/results-event";

const MINUTE = 60_000;

/** Four players: A keeps one roster, B makes two transfers after the prologue, C joins late, D only calls. */
async function createLeague() {
  const db = testDb();
  const setup = await createResultsEvent(db);
  const {
    crews: { F0, F1, F2, R0, R1, S },
    stages,
    event,
  } = setup;
  const [S0, S1] = stages as [(typeof stages)[number], (typeof stages)[number]];
  const before = new Date(S0.startsAt.getTime() - 60 * MINUTE);
  const [A, B, C, D] = await Promise.all([createUser(db), createUser(db), createUser(db), createUser(db)]);
  const a = await createRosterSave(db, {
    eventId: event.id,
    userId: A.id,
    crewIds: [F0.id, R0.id, S.id],
    captainCrewId: F0.id,
    savedAt: before,
  });
  const b1 = await createRosterSave(db, {
    eventId: event.id,
    userId: B.id,
    crewIds: [F1.id, R1.id, S.id],
    captainCrewId: R1.id,
    savedAt: before,
  });
  const b2 = await createRosterSave(db, {
    eventId: event.id,
    userId: B.id,
    crewIds: [F2.id, R0.id, S.id],
    captainCrewId: F2.id,
    savedAt: new Date(S0.startsAt.getTime() + MINUTE),
  });
  const c = await createRosterSave(db, {
    eventId: event.id,
    userId: C.id,
    crewIds: [F1.id, F2.id, R1.id],
    captainCrewId: F1.id,
    savedAt: new Date(S0.startsAt.getTime() + 2 * MINUTE),
  });
  const call = (userId: string, stageId: number, [p1, p2, p3]: { id: number }[], best: { id: number }) =>
    createPodiumCall(db, { userId, stageId, p1CrewId: p1!.id, p2CrewId: p2!.id, p3CrewId: p3!.id, featuredBestCrewId: best.id });
  await call(A.id, S0.id, [F1, R0, F0], F1);
  await call(A.id, S1.id, [F0, S, F2], F0);
  await call(B.id, S0.id, [R0, F1, F0], F0);
  const dCall = await call(D.id, S1.id, [F0, F2, S], F0);

  const results = {
    S0: finishOrder(
      [F1, R0, F0, R1],
      [
        [F2, "DNF"],
        [S, "DNS"],
      ],
    ),
    S1: finishOrder([F0, F2, S, F1, R0], [[R1, "DNF"]]),
  };
  const key = (id: number) => String(id);
  const entry = (stage: { id: number }, crewIds: number[], captain: number) => ({
    stage: key(stage.id),
    crews: crewIds.map(key),
    captain: key(captain),
  });
  // The contract input the database should amount to: one roster entry per started stage (0, 1, 2).
  const contract = (publishedS1: boolean): ScoringInputDraft => ({
    ...contractField(event, { F0, F1, F2, R0, R1, S }),
    stages: [
      { id: key(S0.id), results: contractResults(results.S0) },
      { id: key(S1.id), results: publishedS1 ? contractResults(results.S1) : null },
      { id: key(stages[2]!.id), results: null },
      { id: key(stages[3]!.id), results: null },
    ],
    players: [
      {
        id: A.id,
        joinedAt: a.roster.joinedAt.toISOString(),
        rosters: stages.slice(0, 3).map((stage) => entry(stage, [F0.id, R0.id, S.id], F0.id)),
        predictions: [
          { stage: key(S0.id), podium: [F1, R0, F0].map((crew) => key(crew.id)), featuredBest: key(F1.id) },
          { stage: key(S1.id), podium: [F0, S, F2].map((crew) => key(crew.id)), featuredBest: key(F0.id) },
        ],
      },
      {
        id: B.id,
        joinedAt: b1.roster.joinedAt.toISOString(),
        rosters: [
          entry(S0, [F1.id, R1.id, S.id], R1.id),
          entry(S1, [F2.id, R0.id, S.id], F2.id),
          entry(stages[2]!, [F2.id, R0.id, S.id], F2.id),
        ],
        predictions: [{ stage: key(S0.id), podium: [R0, F1, F0].map((crew) => key(crew.id)), featuredBest: key(F0.id) }],
      },
      {
        id: C.id,
        joinedAt: c.roster.joinedAt.toISOString(),
        rosters: [S1, stages[2]!].map((stage) => entry(stage, [F1.id, F2.id, R1.id], F1.id)),
      },
      {
        id: D.id,
        joinedAt: dCall.createdAt.toISOString(),
        predictions: [{ stage: key(S1.id), podium: [F0, F2, S].map((crew) => key(crew.id)), featuredBest: key(F0.id) }],
      },
    ],
  });
  return { db, ...setup, S0, S1, players: { A, B, C, D }, versions: { a, b1, b2, c }, results, contract };
}

function parse(draft: ScoringInputDraft) {
  const parsed = parseScoringInput(draft);
  if (!parsed.ok) throw new Error(parsed.errors.join("\n"));
  return parsed.value;
}

describe("publishing stage results", () => {
  it("scores every player exactly as the engine scores the equivalent contract input", async () => {
    const { db, admin, event, S0, S1, players, versions, results, contract } = await createLeague();
    await saveAndPublish(db, admin.id, S0.id, results.S0);
    const published = await saveAndPublish(db, admin.id, S1.id, results.S1);
    expect(published).toMatchObject({ resultsStatus: "PROVISIONAL", isRepublished: false, rescore: { players: 4, publishedStages: 2 } });

    const input = parse(contract(true));
    const { leaderboard } = scoreEvent(input);
    const { standings, stageScores, stageRosters } = await readScores(db, event.id);
    expect(standings).toHaveLength(4);
    for (const row of leaderboard) {
      const standing = standings.find((candidate) => candidate.userId === row.player);
      expect(standing).toMatchObject({ total: row.total, exact: row.exact, finalBonus: row.final, rank: row.rank });
      for (const [stageId, score] of Object.entries(row.stages)) {
        const stored = stageScores.find((candidate) => candidate.userId === row.player && String(candidate.stageId) === stageId);
        expect(stored).toMatchObject({
          rosterPoints: score.roster,
          callPoints: score.prediction,
          penalty: score.penalty,
          total: score.total,
        });
      }
    }
    // Worked by hand: A 48 + 50 on the prologue, 75 + 23 on stage 1; B pays 10 for a second transfer.
    expect(leaderboard.map((row) => [row.player, row.total, row.rank])).toEqual([
      [players.A.id, 196, 1],
      [players.B.id, 118, 2],
      [players.D.id, 50, 3],
      [players.C.id, 37, 4],
    ]);
    for (const stageId of [S0.id, S1.id]) {
      const ranks = rankStage(scorePlayers(input), String(stageId));
      expect(
        stageScores
          .filter((row) => row.stageId === stageId)
          .map((row) => [row.userId, row.rank])
          .sort(),
      ).toEqual(ranks.map((row) => [row.player, row.rank]).sort());
    }
    // Locked rosters for the three started stages, none for the one to come.
    const rostersOf = (userId: string) =>
      stageRosters.filter((row) => row.userId === userId).map((row) => [row.rosterVersionId, row.transfers]);
    expect(rostersOf(players.A.id)).toEqual([
      [versions.a.version.id, 0],
      [versions.a.version.id, 0],
      [versions.a.version.id, 0],
    ]);
    expect(rostersOf(players.B.id)).toEqual([
      [versions.b1.version.id, 0],
      [versions.b2.version.id, 2],
      [versions.b2.version.id, 0],
    ]);
    expect(rostersOf(players.C.id)).toEqual([
      [versions.c.version.id, 0],
      [versions.c.version.id, 0],
    ]);
    expect(rostersOf(players.D.id)).toEqual([]);
  });

  it("ranks standings and keeps the rank before the latest published stage", async () => {
    const { db, admin, event, S0, S1, results, contract } = await createLeague();
    await saveAndPublish(db, admin.id, S0.id, results.S0);
    const afterPrologue = await readScores(db, event.id);
    expect(afterPrologue.standings.every((row) => row.previousRank === null)).toBe(true);

    await saveAndPublish(db, admin.id, S1.id, results.S1);
    const { standings } = await readScores(db, event.id);
    // previousRank is the ranking the engine gives with stage 1 unpublished.
    const before = scoreEvent(parse(contract(false))).leaderboard;
    const after = scoreEvent(parse(contract(true))).leaderboard;
    for (const standing of standings) {
      expect(standing.rank).toBe(after.find((row) => row.player === standing.userId)?.rank);
      expect(standing.previousRank).toBe(before.find((row) => row.player === standing.userId)?.rank);
    }
    // C and D had nothing before stage 1: they shared third place.
    expect(standings.map((row) => [row.rank, row.previousRank]).sort()).toEqual([
      [1, 1],
      [2, 2],
      [3, 3],
      [4, 3],
    ]);
  });

  it("rescores a cancelled stage to nothing, and a retired crew's swap to free", async () => {
    const { db, admin, event, S0, S1, players, crews, results, contract } = await createLeague();
    await saveAndPublish(db, admin.id, S0.id, results.S0);
    await saveAndPublish(db, admin.id, S1.id, results.S1);

    // R1 out after the prologue: B's swap of R1 is free, and C's R1 no longer costs 5 on stage 1.
    await db.crew.update({ where: { id: crews.R1.id }, data: { status: "RETIRED", retiredAfterStageId: S0.id } });
    await db.$transaction((tx) => rescoreEvent(tx, event.id));
    const retired = contract(true);
    retired.crews = retired.crews.map((crew) => (crew.id === String(crews.R1.id) ? { ...crew, retiredAfter: String(S0.id) } : crew));
    const expected = scoreEvent(parse(retired)).leaderboard;
    const scores = await readScores(db, event.id);
    for (const row of expected) expect(scores.standings.find((standing) => standing.userId === row.player)?.total).toBe(row.total);
    expect(scores.stageRosters.find((row) => row.userId === players.B.id && row.stageId === S1.id)?.transfers).toBe(1);
    expect(scores.stageScores.find((row) => row.userId === players.C.id && row.stageId === S1.id)).toMatchObject({ rosterPoints: 42 });

    // Cancelled: its scores and locked rosters go, and D, who only called it, is no longer a player.
    await db.stage.update({ where: { id: S1.id }, data: { status: "CANCELLED" } });
    const cancelled = await db.$transaction((tx) => rescoreEvent(tx, event.id));
    expect(cancelled).toMatchObject({ players: 3, publishedStages: 1 });
    const after = await readScores(db, event.id);
    expect(after.stageScores.every((row) => row.stageId === S0.id)).toBe(true);
    expect(after.stageRosters.some((row) => row.stageId === S1.id)).toBe(false);
    expect(after.standings.map((row) => row.userId).sort()).toEqual([players.A.id, players.B.id, players.C.id].sort());
    expect(after.standings.every((row) => row.previousRank === null)).toBe(true);
  });

  it("refuses a stage that has not started, one without results and a cancelled one", async () => {
    const db = testDb();
    const { admin, crews, stages } = await createResultsEvent(db);
    const future = stages[3]!;
    const saved = await saveStageResults(db, {
      actorId: admin.id,
      stageId: future.id,
      expectedVersion: future.version,
      rows: finishOrder([crews.F0, crews.R0]),
    });
    const early = await refusal(publishStageResults(db, { actorId: admin.id, stageId: future.id }));
    expect(early.message).toMatch(/^Stage 3 has not started yet \(it starts .* UTC\)/);
    expect((await db.stage.findUniqueOrThrow({ where: { id: future.id } })).resultsStatus).toBe("DRAFT");
    expect(saved.version).toBe(future.version + 1);

    expect((await refusal(publishStageResults(db, { actorId: admin.id, stageId: stages[1]!.id }))).message).toContain(
      "has no results to publish",
    );
    await db.stage.update({ where: { id: stages[2]!.id }, data: { status: "CANCELLED" } });
    expect((await refusal(publishStageResults(db, { actorId: admin.id, stageId: stages[2]!.id }))).message).toContain("is cancelled");
  });

  it("refuses a draft saved over a newer version, and a draft over published results", async () => {
    const db = testDb();
    const { admin, crews, stages } = await createResultsEvent(db);
    const stage = stages[0]!;
    const first = await saveStageResults(db, {
      actorId: admin.id,
      stageId: stage.id,
      expectedVersion: stage.version,
      rows: finishOrder([crews.F0, crews.R0]),
    });
    // A second admin opened the form before the first save.
    const stale = await refusal(
      saveStageResults(db, {
        actorId: admin.id,
        stageId: stage.id,
        expectedVersion: stage.version,
        rows: finishOrder([crews.R0, crews.F0]),
      }),
    );
    expect(stale.code).toBe("CONFLICT");
    // Read as the English API words it: the refusal carries a message key.
    expect(mapError(stale).message).toContain("changed by someone else since you opened it");
    const rows = await db.stageResult.findMany({ where: { stageId: stage.id }, orderBy: { position: "asc" } });
    expect(rows.map((row) => row.crewId)).toEqual([crews.F0.id, crews.R0.id]);

    const bad = await refusal(
      saveStageResults(db, {
        actorId: admin.id,
        stageId: stage.id,
        expectedVersion: first.version,
        rows: finishOrder([crews.F0, crews.F0]),
      }),
    );
    expect(bad.fieldErrors?.rows).toEqual([`row 2: duplicate crew ${crews.F0.id}: already on row 1`]);

    await publishStageResults(db, { actorId: admin.id, stageId: stage.id, expectedVersion: first.version });
    const published = await refusal(
      saveStageResults(db, { actorId: admin.id, stageId: stage.id, expectedVersion: first.version + 1, rows: [] }),
    );
    expect(published.message).toBe("The prologue's results are published: change them with a correction, which needs a reason.");
    const audit = await db.auditLog.findMany({ where: { entityType: "stage", entityId: String(stage.id) }, orderBy: { id: "asc" } });
    expect(audit.map((entry) => [entry.action, entry.actorId])).toEqual([
      ["save-stage-results", admin.id],
      ["publish-stage-results", admin.id],
    ]);
  });
});
