import { describe, expect, it } from "vitest";
import { getCrewPage } from "@/lib/server/crews/get-crew-page";
import { getStagePicks } from "@/lib/server/picks/get-stage-picks";
import { comparePlayers } from "@/lib/server/players/compare-players";
import { getStageStats } from "@/lib/server/stats/get-stage-stats";
import { lockEveryStartedStage, lockStartedStages } from "@/lib/server/results/lock-started-stages";
import { saveRoster } from "@/lib/server/picks/save-roster";
import { savePodiumCall } from "@/lib/server/picks/save-podium-call";
import { testDb } from "./helpers/db";
import { createPlayEvent, dbTimeIn } from "./helpers/play-event";

describe("picks are hidden until the stage starts", () => {
  it("shows nobody's roster or call before the start, and everyone's after", async () => {
    const db = testDb();
    const { event, featured, rival, solo, stages, player } = await createPlayEvent(db, [await dbTimeIn(db, 60_000)]);
    await saveRoster(db, {
      userId: player.id,
      eventSlug: event.slug,
      crewIds: [featured[0]!.id, rival[0]!.id, solo.id],
      captainId: solo.id,
      chip: "SHIELD",
    });
    await savePodiumCall(db, {
      userId: player.id,
      eventSlug: event.slug,
      stageNumber: 0,
      podium: [featured[0]!.id, rival[0]!.id, solo.id],
      featuredBestId: null,
    });

    const before = await getStagePicks(db, event.slug, 0);
    expect(before).toMatchObject({ isPublic: false, callCount: 1, calls: [], stats: null });
    // Nothing was computed either: the stats of a stage exist only from its lock.
    expect(await db.stageStat.count({ where: { stageId: stages[0]!.id } })).toBe(0);
    expect(await getStageStats(db, stages[0]!)).toBeNull();
    const crewPage = await getCrewPage(db, solo.id);
    expect(crewPage?.stats).toEqual({ stages: [], form: null, formStages: 0 });
    expect(JSON.stringify(crewPage)).not.toContain("SHIELD");
    const compared = await comparePlayers(db, event.slug, player.id, player.id);
    expect(compared?.stages).toEqual([]);
    expect(JSON.stringify(before)).not.toContain("SHIELD");
    // The raw rows the page would serialise carry no pick either.
    expect(JSON.stringify(before)).not.toContain(player.displayName!);

    await db.stage.update({ where: { id: stages[0]!.id }, data: { startsAt: await dbTimeIn(db, -1) } });
    // Started: the calls are public at once, the stats once the queue's job has stored them.
    const pending = await getStagePicks(db, event.slug, 0);
    expect(pending).toMatchObject({ isPublic: true, stats: null, hasStatsPending: true });
    await lockStartedStages(db, event.id);
    const after = await getStagePicks(db, event.slug, 0);
    expect(after?.hasStatsPending).toBe(false);
    expect(after?.isPublic).toBe(true);
    expect(after?.calls.map((call) => call.user.displayName)).toEqual([player.displayName]);
    expect(after?.stats?.crews.find((row) => row.crewId === solo.id)).toMatchObject({ crewId: solo.id, picks: 1, captains: 1, p3Calls: 1 });
    expect(after?.stats?.chips).toEqual({ joker: 0, wildcard: 0, shield: 1 });
    expect((await getCrewPage(db, solo.id))?.stats.stages).toEqual([{ stageNumber: 0, ownership: 100, captaincy: 100, points: null }]);
    expect(JSON.stringify((await comparePlayers(db, event.slug, player.id, player.id))?.stages)).toContain("SHIELD");
  });

  it("a roster saved after the start is not the one shown for it", async () => {
    const db = testDb();
    const { event, featured, rival, solo, player } = await createPlayEvent(db, [
      await dbTimeIn(db, -60_000),
      await dbTimeIn(db, 3_600_000),
    ]);
    await saveRoster(db, {
      userId: player.id,
      eventSlug: event.slug,
      crewIds: [featured[0]!.id, rival[0]!.id, solo.id],
      captainId: solo.id,
    });
    await lockEveryStartedStage(db);
    const prologue = await getStagePicks(db, event.slug, 0);
    expect(prologue?.stats?.players).toBe(0);
    expect(prologue?.stats?.crews.every((row) => row.picks === 0)).toBe(true);
  });
});
