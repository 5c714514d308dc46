import { beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/lib/server/db";
import { startReplayRun } from "@/lib/server/replay/manage-runs";
import { revealReplayStage } from "@/lib/server/replay/reveal-replay-stage";
import { saveReplayRoster } from "@/lib/server/replay/save-replay-picks";
import { getReplayRunPage } from "@/lib/server/replay/get-replay-run-page";
import { createStageResults, createUser } from "@/tests/factories";
import { testDb } from "./helpers/db";
import { createPlayEvent } from "./helpers/play-event";

// Retirements as they happened: a crew that retired after stage 1 is still a normal pick in a run's
// prologue and stage 1, is out from the run's stage 2 (scores nothing, cannot be picked anew, leaves
// free of charge), whatever its status says today.

let db: Db;
let setup: Awaited<ReturnType<typeof createPlayEvent>>;

beforeAll(async () => {
  db = testDb();
  const day = 86_400_000;
  setup = await createPlayEvent(db, [new Date(Date.now() - 9 * day), new Date(Date.now() - 8 * day), new Date(Date.now() - 7 * day)]);
  const { event, featured, rival, solo, stages } = setup;
  await db.event.update({ where: { id: event.id }, data: { status: "COMPLETED" } });
  const [f0, f1] = [featured[0]!.id, featured[1]!.id];
  const [r0] = [rival[0]!.id];
  await createStageResults(db, { stageId: stages[0]!.id, results: [{ crewId: f0 }, { crewId: r0 }, { crewId: solo.id }, { crewId: f1 }] });
  await createStageResults(db, {
    stageId: stages[1]!.id,
    results: [{ crewId: f0 }, { crewId: r0 }, { crewId: f1 }, { crewId: solo.id, status: "DNF" }],
  });
  await createStageResults(db, { stageId: stages[2]!.id, results: [{ crewId: f0 }, { crewId: r0 }, { crewId: f1 }] });
  await db.crew.update({ where: { id: solo.id }, data: { status: "RETIRED", retiredAfterStageId: stages[1]!.id } });
});

describe("retirements in a replay run", () => {
  it("lets the crew race until it retired, then scores it nothing and swaps it out free", async () => {
    const { event, featured, rival, solo } = setup;
    const user = await createUser(db);
    const { runId } = await startReplayRun(db, { userId: user.id, eventSlug: event.slug });
    const roster = [featured[1]!.id, rival[0]!.id, solo.id];
    // Retired today, but not at the prologue: a normal pick there.
    await saveReplayRoster(db, { userId: user.id, runId, stageNumber: 0, crewIds: roster, captainId: solo.id });
    const prologue = await revealReplayStage(db, { userId: user.id, runId, stageNumber: 0 });
    expect(prologue.stageTotal).toBe(15 * 2 + 18 + 12); // solo P3 (captain), rival P2, featured[1] P4
    const stage1 = await revealReplayStage(db, { userId: user.id, runId, stageNumber: 1 });
    expect(stage1.stageTotal).toBe(-5 * 2 + 18 + 15); // solo's DNF, doubled

    const page = await getReplayRunPage(db, user.id, runId);
    expect(page.open?.field.find((crew) => crew.id === String(solo.id))?.isRetired).toBe(true);
    expect(page.open?.transfers.retired).toEqual([String(solo.id)]);

    // Out from stage 2: swapping it for rival[1] costs no transfer, and a second change uses the free one.
    await saveReplayRoster(db, {
      userId: user.id,
      runId,
      stageNumber: 2,
      crewIds: [featured[0]!.id, rival[0]!.id, rival[1]!.id],
      captainId: featured[0]!.id,
    });
    await revealReplayStage(db, { userId: user.id, runId, stageNumber: 2 });
    const score = await db.replayStageScore.findFirstOrThrow({ where: { runId, stage: { number: 2 } } });
    expect(score).toMatchObject({ transfers: 1, penalty: 0, rosterPoints: 25 * 2 + 18 });
  });

  it("refuses to pick the retired crew anew after it retired, naming it", async () => {
    const { event, featured, rival, solo } = setup;
    const user = await createUser(db);
    const { runId } = await startReplayRun(db, { userId: user.id, eventSlug: event.slug });
    await saveReplayRoster(db, {
      userId: user.id,
      runId,
      stageNumber: 0,
      crewIds: [featured[1]!.id, rival[0]!.id, rival[1]!.id],
      captainId: rival[0]!.id,
    });
    await revealReplayStage(db, { userId: user.id, runId, stageNumber: 0 });
    await revealReplayStage(db, { userId: user.id, runId, stageNumber: 1 });
    const refused = saveReplayRoster(db, {
      userId: user.id,
      runId,
      stageNumber: 2,
      crewIds: [featured[1]!.id, rival[0]!.id, solo.id],
      captainId: rival[0]!.id,
    });
    await expect(refused).rejects.toMatchObject({ code: "INVALID", fieldErrors: { crewIds: [expect.stringContaining(solo.driver)] } });
  });
});
