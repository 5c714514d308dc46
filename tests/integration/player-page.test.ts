import { describe, expect, it } from "vitest";
import { getPlayerEvent, getPlayerProfile } from "@/lib/server/players/get-player-page";
import { createPodiumCall, createRosterSave, createUser, randomSuffix } from "@/tests/factories";
import { testDb } from "./helpers/db";
import { createResultsEvent, finishOrder, saveAndPublish } from "./helpers/results-event";

const HOUR = 3_600_000;

async function playedEvent() {
  const db = testDb();
  const setup = await createResultsEvent(db);
  const {
    event,
    crews: { F0, F1, F2, R0, R1, S },
    stages,
    admin,
  } = setup;
  const [player, rival] = [await createUser(db, { displayName: `Dune Fox ${randomSuffix()}` }), await createUser(db)];
  const before = new Date(stages[0]!.startsAt.getTime() - HOUR);
  await createRosterSave(db, {
    eventId: event.id,
    userId: player.id,
    crewIds: [F0.id, R0.id, S.id],
    captainCrewId: F0.id,
    savedAt: before,
  });
  await createRosterSave(db, { eventId: event.id, userId: rival.id, crewIds: [F1.id, R1.id, S.id], captainCrewId: R1.id, savedAt: before });
  await createPodiumCall(db, {
    userId: player.id,
    stageId: stages[0]!.id,
    p1CrewId: F0.id,
    p2CrewId: R0.id,
    p3CrewId: F1.id,
    featuredBestCrewId: F0.id,
  });
  // A call for the stage that has not started: private until it locks.
  await createPodiumCall(db, { userId: player.id, stageId: stages[3]!.id, p1CrewId: R1.id, p2CrewId: F2.id, p3CrewId: S.id });
  await saveAndPublish(db, admin.id, stages[0]!.id, finishOrder([F0, R0, F1, R1, F2], [[S, "DNF"]]));
  await saveAndPublish(db, admin.id, stages[1]!.id, finishOrder([F1, R1, F0, R0, S, F2]));
  return { db, event, player, rival, stages, crews: { F0, R0, S } };
}

describe("public player page", () => {
  it("breaks each started stage down crew by crew, and charts points and rank", async () => {
    const { db, event, player, stages, crews } = await playedEvent();
    const detail = await getPlayerEvent(db, player.id, event.slug);

    // Stages 0-2 have started; stage 3 has not, so neither its roster nor its call is shown.
    expect(detail.stages.map((entry) => entry.stage.number)).toEqual([0, 1, 2]);
    expect(detail.stages.some((entry) => entry.stage.id === stages[3]!.id)).toBe(false);
    const [s0, s1, s2] = detail.stages;
    const stored = await db.stageScore.findUniqueOrThrow({ where: { stageId_userId: { stageId: stages[0]!.id, userId: player.id } } });
    // The crew points add up to the stored roster points, the captain's multiplied.
    expect(s0!.crews.reduce((sum, crew) => sum + (crew.points ?? 0), 0)).toBe(stored.rosterPoints);
    const captain = s0!.crews.find((crew) => crew.isCaptain)!;
    expect(captain.crewId).toBe(String(crews.F0.id));
    expect(captain.points).toBeGreaterThan(0);
    expect(s0!.crews.find((crew) => crew.crewId === String(crews.S.id))!.points).toBeLessThanOrEqual(0); // DNF
    expect(s0!.call?.podium).toHaveLength(3);
    expect(s0!.score?.total).toBe(stored.total);
    expect(s1!.hasResults).toBe(true);
    // Stage 2 started but has no results yet: picks shown, points not.
    expect(s2!.hasResults).toBe(false);
    expect(s2!.crews.every((crew) => crew.points === null)).toBe(true);

    expect(detail.progress.map((point) => point.stageNumber)).toEqual([0, 1]);
    expect(detail.progress[1]!.cumulative).toBe(detail.progress[0]!.points + detail.progress[1]!.points);
    const standing = await db.standing.findUniqueOrThrow({ where: { eventId_userId: { eventId: event.id, userId: player.id } } });
    expect(detail.progress.at(-1)!.cumulative).toBe(standing.total);
    expect(detail.progress.at(-1)!.rank).toBe(standing.rank);
  });

  it("ranks after each stage as the board did then", async () => {
    const { db, event, player, rival, stages } = await playedEvent();
    const [mine, theirs] = await Promise.all([getPlayerEvent(db, player.id, event.slug), getPlayerEvent(db, rival.id, event.slug)]);
    for (const index of [0, 1]) {
      const a = mine.progress[index]!;
      const b = theirs.progress[index]!;
      const scores = await db.stageScore.findMany({
        where: { stageId: { in: stages.slice(0, index + 1).map((s) => s.id) }, userId: { in: [player.id, rival.id] } },
      });
      const exact = (userId: string) => scores.filter((s) => s.userId === userId).reduce((sum, s) => sum + s.exact, 0);
      const better = a.cumulative > b.cumulative || (a.cumulative === b.cumulative && exact(player.id) > exact(rival.id));
      const equal = a.cumulative === b.cumulative && exact(player.id) === exact(rival.id);
      expect([a.rank, b.rank]).toEqual(equal ? [1, 1] : better ? [1, 2] : [2, 1]);
    }
  });

  it("lists a player's events, and has no page for a deleted account or an unknown id", async () => {
    const { db, event, player } = await playedEvent();
    const profile = await getPlayerProfile(db, player.id);
    expect(profile?.name).toMatch(/^Dune Fox /);
    expect(profile?.events.map((e) => e.slug)).toEqual([event.slug]);
    expect(profile?.events[0]?.standing?.total).toBeTypeOf("number");
    expect(JSON.stringify(profile)).not.toContain("@");

    const gone = await createUser(db, { deletedAt: new Date(), displayName: null, email: null });
    expect(await getPlayerProfile(db, gone.id)).toBeNull();
    expect(await getPlayerProfile(db, "00000000-0000-4000-8000-000000000000")).toBeNull();
  });
});
