import { describe, expect, it } from "vitest";
import { comparePlayers } from "@/lib/server/players/compare-players";
import { saveRoster } from "@/lib/server/picks/save-roster";
import { createUser } from "@/tests/factories";
import { testDb } from "./helpers/db";
import { dbTimeIn } from "./helpers/play-event";
import { createResultsEvent, finishOrder, saveAndPublish } from "./helpers/results-event";

const HOUR = 3_600_000;

describe("comparing two players", () => {
  it("puts their started stages side by side with the running gap, and nothing of a stage still to start", async () => {
    const db = testDb();
    const { event, crews, stages, admin } = await createResultsEvent(db, [HOUR, 2 * HOUR]);
    const { F0, F1, R0, R1, S } = crews;
    const [S0, S1] = stages as [(typeof stages)[number], (typeof stages)[number]];
    const [A, B] = await Promise.all([createUser(db, { displayName: "Alpha" }), createUser(db, { displayName: "Bravo" })]);
    const save = (userId: string, picked: { id: number }[], chip: "JOKER" | null = null) =>
      saveRoster(db, { userId, eventSlug: event.slug, crewIds: picked.map((crew) => crew.id), captainId: picked[0]!.id, chip });
    await save(A.id, [F0, R0, S]);
    await save(B.id, [F1, R1, S]);
    await new Promise((resolve) => setTimeout(resolve, 10));
    await db.stage.update({ where: { id: S0.id }, data: { startsAt: await dbTimeIn(db, -1) } });
    await saveAndPublish(db, admin.id, S0.id, finishOrder([F0, F1, R0, R1, S]));
    // B's next roster and chip, saved for stage 1, stay hidden until it starts.
    await save(B.id, [F1, R0, S], "JOKER");

    const comparison = await comparePlayers(db, event.slug, A.id, B.id);
    expect(comparison?.stages.map(({ stage }) => stage.number)).toEqual([0]);
    expect(JSON.stringify(comparison?.stages)).not.toContain("JOKER");
    // A: F0 first, captain ×2 = 50, R0 third 15, S fifth 10 = 75. B: F1 second ×2 = 36, R1 fourth 12, S 10 = 58.
    expect(comparison?.gap).toEqual([{ stageNumber: 0, a: 75, b: 58, gap: 17 }]);
    expect(comparison?.a.name).toBe("Alpha");

    await new Promise((resolve) => setTimeout(resolve, 10));
    await db.stage.update({ where: { id: S1.id }, data: { startsAt: await dbTimeIn(db, -1) } });
    await saveAndPublish(db, admin.id, S1.id, finishOrder([S, R0, F1, F0, R1]));
    const later = await comparePlayers(db, event.slug, A.id, B.id);
    expect(later?.stages.map(({ stage }) => stage.number)).toEqual([0, 1]);
    expect(later?.stages[1]?.b?.chip).toBe("JOKER");
    // Stage 1, A: F0 fourth ×2 = 24, R0 second 18, S first 25 = 67. B with the Joker: (F1 third ×2 = 30, R0 18, S 25) × 2 = 146.
    expect(later?.gap.at(-1)).toEqual({ stageNumber: 1, a: 67, b: 146, gap: 17 + 67 - 146 });
  });

  it("finds nobody for an unknown or deleted player", async () => {
    const db = testDb();
    const { event } = await createResultsEvent(db, [HOUR]);
    const [A, gone] = await Promise.all([createUser(db), createUser(db, { deletedAt: new Date() })]);
    expect(await comparePlayers(db, event.slug, A.id, gone.id)).toBeNull();
    expect(await comparePlayers(db, event.slug, A.id, "00000000-0000-4000-8000-000000000000")).toBeNull();
  });
});
