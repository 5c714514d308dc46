import { beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/lib/server/db";
import { publishStageResults } from "@/lib/server/results/stage-results";
import { rescoreEvent, type RescoreResult } from "@/lib/server/results/rescore-event";
import { RESULTS_TRANSACTION_OPTIONS } from "@/lib/server/results/results-locks";
import { seedDatabase } from "@/prisma/seed/seed-database";
import { createPodiumCall, createRosterSave, createUser } from "@/tests/factories";
import { testDb } from "./helpers/db";
import { readScores } from "./helpers/results-event";

// The seeded Dakar 2026 Stock results (positions known only for the top places):
//   S0 504 500 502 501 | S1 502 503 501 500 504 | S2 504 502 500 | S3 500 502 504 | S4 500 504 502
//   S5 502 500 504 503 Hamza | S6 504 502 500 | S7 500 502 504 | S8 502 504 | S9 502 504 501
//   S10 502 504 500 | S11 502 500 504 | S12 504 500 502 | S13 502 500 504
//   Final 502 504 503 500 501. Defender: 500 Peterhansel, 502 Baciuška, 504 Price.
// Points P1..P10 25 18 15 12 10 8 6 4 2 1; captain ×2; final bonus 50 36 30 24 20 (no captain).

describe("replaying the Dakar 2026 with three players", () => {
  let db: Db;
  let eventId: number;
  let stageIds: Map<number, number>;
  let users: { toyota: string; baciuska: string; switcher: string };
  let rescore: RescoreResult;
  let rescoreMs: number;

  beforeAll(async () => {
    db = testDb();
    await seedDatabase(db);
    const event = await db.event.findUniqueOrThrow({
      where: { slug: "dakar-2026" },
      include: { crews: true, stages: { orderBy: { number: "asc" } } },
    });
    eventId = event.id;
    stageIds = new Map(event.stages.map((stage) => [stage.number, stage.id]));
    const crew = (number: number | null) =>
      event.crews.find((candidate) => (number === null ? candidate.driver === "Peter Hamza" : candidate.number === number))!.id;
    const stage = (number: number) => stageIds.get(number)!;
    // Saved the evening before the prologue (which locks on 3 January 2026 at 04:00 UTC).
    const beforeFirstLock = new Date("2026-01-02T18:00:00Z");
    const [toyota, baciuska, switcher] = [await createUser(db), await createUser(db), await createUser(db)];
    users = { toyota: toyota.id, baciuska: baciuska.id, switcher: switcher.id };

    await createRosterSave(db, {
      eventId,
      userId: toyota.id,
      crewIds: [crew(500), crew(503), crew(501)],
      captainCrewId: crew(500),
      savedAt: beforeFirstLock,
    });
    await createRosterSave(db, {
      eventId,
      userId: baciuska.id,
      crewIds: [crew(502), crew(504), crew(null)],
      captainCrewId: crew(502),
      savedAt: beforeFirstLock,
    });
    await createRosterSave(db, {
      eventId,
      userId: switcher.id,
      crewIds: [crew(500), crew(504), crew(501)],
      captainCrewId: crew(504),
      savedAt: beforeFirstLock,
    });
    // After the prologue, before stage 1: two crews in (502, 503) with one free transfer.
    await createRosterSave(db, {
      eventId,
      userId: switcher.id,
      crewIds: [crew(502), crew(503), crew(501)],
      captainCrewId: crew(502),
      savedAt: new Date("2026-01-03T20:00:00Z"),
    });

    const call = (userId: string, number: number, podium: number[], best: number) =>
      createPodiumCall(db, {
        userId,
        stageId: stage(number),
        p1CrewId: crew(podium[0]!),
        p2CrewId: crew(podium[1]!),
        p3CrewId: crew(podium[2]!),
        featuredBestCrewId: crew(best),
      });
    await call(toyota.id, 0, [504, 500, 502], 504);
    await call(toyota.id, 8, [502, 500, 504], 502);
    await call(baciuska.id, 1, [502, 503, 500], 502);
    await call(baciuska.id, 13, [500, 502, 504], 502);
    await call(switcher.id, 5, [502, 500, 504], 502);

    // Every stage and the final are already OFFICIAL in the seed: scoring them is the rescore.
    const startedAt = performance.now();
    rescore = await db.$transaction((tx) => rescoreEvent(tx, eventId), RESULTS_TRANSACTION_OPTIONS);
    rescoreMs = performance.now() - startedAt;
    console.log(
      `[replay-dakar-2026] rescoreEvent: ${rescoreMs.toFixed(0)} ms for ${rescore.players} players, ${rescore.publishedStages} stages`,
    );
  });

  it("scores the hand-computed totals", async () => {
    const standings = await db.standing.findMany({ where: { eventId, userId: { in: Object.values(users) } } });
    const of = (userId: string) => standings.find((row) => row.userId === userId);

    // Toyota loyal: 500 (captain), 503, 501, never changed.
    //   S0: 500 P2 18×2 + 501 P4 12 = 48 | S1: 500 P4 12×2 + 503 P2 18 + 501 P3 15 = 57
    //   S2 30, S3 50, S4 50, S5 500 P2 36 + 503 P4 12 = 48, S6 30, S7 50, S8 0 (none placed), S9 501 P3 15,
    //   S10 30, S11 36, S12 36, S13 36: roster 516.
    //   Calls: S0 504-500-502 all exact 30 + 15 + best Defender 504 5 = 50; S8 502 exact 10, 504 on the
    //   podium 4, 500 off it 0, best 502 5 = 19. Final: 503 P3 30 + 500 P4 24 + 501 P5 20 = 74.
    //   516 + 50 + 19 + 74 = 659.
    expect(of(users.toyota)).toMatchObject({ total: 659, exact: 4, finalBonus: 74 });

    // Baciuška fan: 502 (captain), 504, Hamza.
    //   S0: 504 P1 25 + 502 P3 15×2 = 55 | S1: 502 P1 50 + 504 P5 10 = 60 | S5: 50 + 504 P3 15 + Hamza P5 10 = 75
    //   S2 61, S3 51, S4 48, S6 61, S7 51, S8 68, S9 68, S10 68, S11 65, S12 55, S13 65: roster 851.
    //   Calls: S1 502, 503 exact 20 + best 5 = 25; S13 504 exact 10 + 4 + 4 + best 5 = 23.
    //   Final: 502 P1 50 + 504 P2 36 (Hamza unclassified) = 86. 851 + 25 + 23 + 86 = 985.
    expect(of(users.baciuska)).toMatchObject({ total: 985, exact: 3, finalBonus: 86 });

    // Switcher: 500, 504 (captain), 501 for the prologue, then 502 (captain), 503, 501.
    //   S0: 504 P1 25×2 + 500 P2 18 + 501 P4 12 = 80
    //   S1: 502 P1 25×2 + 503 P2 18 + 501 P3 15 = 83, minus 10: two transfers, one free = 73
    //   S2 36, S3 36, S4 30, S5 50 + 503 P4 12 = 62, S6 36, S7 36, S8 50, S9 50 + 15 = 65, S10 50, S11 50,
    //   S12 30, S13 50 (531 from S2 on): 80 + 73 + 531 = 684.
    //   Call: S5 502-500-504 all exact 30 + 15 + best 5 = 50. Final (last roster): 50 + 30 + 20 = 100.
    //   684 + 50 + 100 = 834.
    expect(of(users.switcher)).toMatchObject({ total: 834, exact: 3, finalBonus: 100 });

    expect([of(users.baciuska)?.rank, of(users.switcher)?.rank, of(users.toyota)?.rank]).toEqual([1, 2, 3]);
    // Before the last stage: 985 − 88, 834 − 50, 659 − 36 keeps the order.
    expect([of(users.baciuska)?.previousRank, of(users.switcher)?.previousRank, of(users.toyota)?.previousRank]).toEqual([1, 2, 3]);
  });

  it("stores the stage detail: points, penalty and the locked rosters", async () => {
    const score = (userId: string, number: number) =>
      db.stageScore.findUniqueOrThrow({ where: { stageId_userId: { stageId: stageIds.get(number)!, userId } } });
    expect(await score(users.toyota, 0)).toMatchObject({ rosterPoints: 48, callPoints: 50, penalty: 0, total: 98, exact: 3 });
    expect(await score(users.switcher, 1)).toMatchObject({ rosterPoints: 83, callPoints: 0, penalty: 10, total: 73, exact: 0 });
    expect(await score(users.baciuska, 13)).toMatchObject({ rosterPoints: 65, callPoints: 23, total: 88, exact: 1 });
    const switcherRosters = await db.stageRoster.findMany({
      where: { userId: users.switcher, stageId: { in: [...stageIds.values()] } },
      orderBy: { stageId: "asc" },
    });
    expect(switcherRosters.map((row) => row.transfers)).toEqual([0, 2, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]);
    expect(rescore.publishedStages).toBe(14);
    expect(rescoreMs).toBeLessThan(10_000);
  });

  it("republishing a seeded stage changes nothing", async () => {
    const before = await readScores(db, eventId);
    const admin = await createUser(db, { role: "ADMIN" });
    const again = await publishStageResults(db, { actorId: admin.id, stageId: stageIds.get(13)! });
    expect(again).toMatchObject({
      isRepublished: true,
      rescore: { stageScores: { written: 0, deleted: 0 }, standings: { written: 0, deleted: 0 } },
    });
    expect(await readScores(db, eventId)).toEqual(before);
  });
});
