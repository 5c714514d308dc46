import pg from "pg";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import * as factories from "@/tests/factories";
import { updateEvent } from "@/lib/server/admin/save-event";
import { utcToLocalInput } from "@/lib/format/zoned-time";
import { saveRoster } from "@/lib/server/picks/save-roster";
import {
  createStageAction,
  lockStageNowAction,
  moveStageStartAction,
  setStageCancelledAction,
  updateStageAction,
} from "@/lib/server/actions/admin-stages";
import { form, refused } from "./helpers/action-forms";
import { testDb } from "./helpers/db";
import { signInAs } from "./helpers/fake-session";
import { createPlayEvent, dbTimeIn } from "./helpers/play-event";
import { createResultsEvent, finishOrder, saveAndPublish } from "./helpers/results-event";

vi.mock("@/auth", async () => {
  const { fakeSession } = await import("./helpers/fake-session");
  return { auth: async () => fakeSession.current, signIn: vi.fn(), signOut: vi.fn(), handlers: {} };
});
vi.mock("next/cache", () => ({ revalidatePath: vi.fn(), revalidateTag: vi.fn() }));

const HOUR = 3_600_000;
const isoDate = (date: Date) => date.toISOString().slice(0, 10);

function auditActions(stageId: number) {
  return testDb().auditLog.findMany({ where: { entityType: "stage", entityId: String(stageId) }, orderBy: { id: "asc" } });
}

let admin: { id: string; role: "ADMIN" };

beforeAll(async () => {
  admin = { id: (await factories.createUser(testDb(), { role: "ADMIN" })).id, role: "ADMIN" };
  signInAs(admin);
});
afterAll(() => signInAs(null));

describe("adding stages", () => {
  it("converts the local start with the event's zone, refuses times that do not exist, and keeps numbers unique", async () => {
    const db = testDb();
    const event = await factories.createEvent(db, { timeZone: "Europe/Paris" });
    const stage = { eventId: event.id, number: 1, type: "STAGE", startTown: "Yanbu", finishTown: "AlUla" };

    // Summer time starts at 02:00 on 28 March 2027 in Paris: 02:30 never happens.
    const gap = refused(await createStageAction(null, form({ ...stage, startsAtLocal: "2027-03-28T02:30" })));
    expect(gap.fieldErrors).toEqual({ startsAtLocal: ["2027-03-28 02:30 does not exist in Europe/Paris (the clocks jump forward then)"] });
    expect(gap.values).toMatchObject({ startsAtLocal: "2027-03-28T02:30", startTown: "Yanbu" });
    expect(await db.stage.count({ where: { eventId: event.id } })).toBe(0);

    expect(await createStageAction(null, form({ ...stage, startsAtLocal: "2027-03-28T09:00" }))).toMatchObject({ ok: true });
    const created = await db.stage.findFirstOrThrow({ where: { eventId: event.id, number: 1 } });
    expect(created.startsAt.toISOString()).toBe("2027-03-28T07:00:00.000Z");
    expect(await auditActions(created.id)).toEqual([
      expect.objectContaining({
        actorId: admin.id,
        action: "create-stage",
        after: expect.objectContaining({ startsAt: "2027-03-28T07:00:00.000Z", startsAtLocal: "2027-03-28T09:00" }),
      }),
    ]);

    const duplicate = refused(await createStageAction(null, form({ ...stage, startsAtLocal: "2027-03-30T09:00" })));
    expect(duplicate.fieldErrors).toEqual({ number: ["This event already has a stage with that number"] });
    const early = refused(await createStageAction(null, form({ ...stage, number: 2, startsAtLocal: "2027-03-27T09:00" })));
    expect(early.fieldErrors?.startsAtLocal).toEqual(["Stage 2 must start after stage 1, which starts Sun 28 Mar, 09:00 local time"]);
    const badNumber = refused(await updateStageAction(null, form({ ...stage, stageId: created.id, version: 1, number: -1 })));
    expect(badNumber.fieldErrors).toEqual({ number: ["Use 0 or more"] });
  });
});

describe("moving a stage start", () => {
  it("moves the lock to a time still to come, audited", async () => {
    const db = testDb();
    const { event, stages } = await createPlayEvent(db, [await dbTimeIn(db, HOUR), await dbTimeIn(db, 3 * HOUR)]);
    const prologue = stages[0]!;
    const sooner = utcToLocalInput(await dbTimeIn(db, 30 * 60_000), event.timeZone);
    const moved = await moveStageStartAction(null, form({ stageId: prologue.id, version: 1, startsAtLocal: sooner }));
    expect(moved).toMatchObject({
      ok: true,
      message: expect.stringMatching(/^Start moved: the stage now locks at .+ local \(GMT\+3\), .+ UTC\.$/),
    });

    const stored = await db.stage.findUniqueOrThrow({ where: { id: prologue.id } });
    expect(utcToLocalInput(stored.startsAt, event.timeZone)).toBe(sooner);
    expect(stored.version).toBe(2);
    expect(await auditActions(prologue.id)).toEqual([
      expect.objectContaining({
        actorId: admin.id,
        action: "move-stage-start",
        before: expect.objectContaining({ startsAt: prologue.startsAt.toISOString(), timeZone: "Asia/Riyadh" }),
        after: expect.objectContaining({ startsAt: stored.startsAt.toISOString() }),
      }),
    ]);
  });

  it("refuses a start in the past, which would drop rosters saved since but keep the calls saved with them", async () => {
    const db = testDb();
    const { event, featured, rival, solo, stages, player } = await createPlayEvent(db, [
      await dbTimeIn(db, HOUR),
      await dbTimeIn(db, 3 * HOUR),
    ]);
    await saveRoster(db, {
      userId: player.id,
      eventSlug: event.slug,
      crewIds: [featured[0]!.id, rival[0]!.id, solo.id],
      captainId: solo.id,
    });
    const past = utcToLocalInput(await dbTimeIn(db, -2 * 60_000), event.timeZone);
    const moved = refused(await moveStageStartAction(null, form({ stageId: stages[0]!.id, version: 1, startsAtLocal: past })));
    expect(moved.code).toBe("INVALID");
    expect(moved.fieldErrors?.startsAtLocal?.[0]).toMatch(
      /^That time has passed \(it is .+ local time\): a start cannot move into the past, which would drop rosters saved since\. Use "Lock now" to lock the stage at once$/,
    );
    expect((await db.stage.findUniqueOrThrow({ where: { id: stages[0]!.id } })).startsAt).toEqual(stages[0]!.startsAt);
  });

  it("locks a stage now: picks saved before count for it, a save after counts from the next stage", async () => {
    const db = testDb();
    const { event, featured, rival, solo, stages, player } = await createPlayEvent(db, [
      await dbTimeIn(db, HOUR),
      await dbTimeIn(db, 3 * HOUR),
    ]);
    const prologue = stages[0]!;
    const before = await saveRoster(db, {
      userId: player.id,
      eventSlug: event.slug,
      crewIds: [featured[0]!.id, rival[0]!.id, solo.id],
      captainId: solo.id,
    });
    expect(before.appliesFromStage).toBe(0);
    const locked = await lockStageNowAction(null, form({ stageId: prologue.id, version: 1 }));
    expect(locked).toMatchObject({
      ok: true,
      message: expect.stringMatching(/^Locked at .+ local: picks saved until now count for this stage\.$/),
    });
    const stored = await db.stage.findUniqueOrThrow({ where: { id: prologue.id } });
    expect(stored.startsAt.getTime()).toBeLessThanOrEqual((await dbTimeIn(db, 0)).getTime());
    expect(stored.startsAt.getTime()).toBeGreaterThan(prologue.startsAt.getTime() - 2 * HOUR);
    const after = await saveRoster(db, {
      userId: player.id,
      eventSlug: event.slug,
      crewIds: [featured[1]!.id, rival[0]!.id, solo.id],
      captainId: solo.id,
    });
    expect(after.appliesFromStage).toBe(1);
    expect((await auditActions(prologue.id)).map((row) => row.action)).toEqual(["lock-stage-now"]);

    const again = refused(await lockStageNowAction(null, form({ stageId: prologue.id, version: 2 })));
    expect(again.fieldErrors?.startsAtLocal?.[0]).toMatch(/^This stage already locked at /);
    const order = refused(await lockStageNowAction(null, form({ stageId: stages[1]!.id, version: 5 })));
    expect(order.code).toBe("CONFLICT");
  });

  it("never reopens a locked stage, keeps stages in number order, and refuses a stale form", async () => {
    const db = testDb();
    const { event, stages } = await createPlayEvent(db, [await dbTimeIn(db, -HOUR), await dbTimeIn(db, 2 * HOUR)]);
    const later = utcToLocalInput(await dbTimeIn(db, HOUR), event.timeZone);
    const reopen = refused(await moveStageStartAction(null, form({ stageId: stages[0]!.id, version: 1, startsAtLocal: later })));
    expect(reopen.code).toBe("CONFLICT");
    expect(reopen.fieldErrors?.startsAtLocal?.[0]).toMatch(/its picks are public: its start cannot move any more$/);

    const upcoming = await createPlayEvent(db, [await dbTimeIn(db, 2 * HOUR), await dbTimeIn(db, 3 * HOUR)]);
    const beforePrologue = utcToLocalInput(await dbTimeIn(db, HOUR), event.timeZone);
    const order = refused(
      await moveStageStartAction(null, form({ stageId: upcoming.stages[1]!.id, version: 1, startsAtLocal: beforePrologue })),
    );
    expect(order.fieldErrors?.startsAtLocal?.[0]).toMatch(/^Stage 1 must start after stage 0, which starts /);

    const stale = refused(await moveStageStartAction(null, form({ stageId: stages[1]!.id, version: 5, startsAtLocal: later })));
    expect(stale).toMatchObject({
      code: "CONFLICT",
      message: "This stage was changed by someone else since you opened it. Reload to see their changes.",
    });
    expect((await db.stage.findUniqueOrThrow({ where: { id: stages[1]!.id } })).startsAt).toEqual(stages[1]!.startsAt);
    expect(await db.auditLog.count({ where: { entityType: "stage", entityId: { in: stages.map((stage) => String(stage.id)) } } })).toBe(0);
  });
});

describe("the clock a start is checked against", () => {
  // Two real connections, one waiting for the other's row lock: the embedded database runs one
  // transaction at a time, so the wait cannot happen there.
  it.skipIf(process.env.INTEGRATION_DATABASE === "embedded")(
    "is the clock at the write: a stage that starts while the move waits for a lock stays locked",
    async () => {
      const db = testDb();
      const { event, stages } = await createPlayEvent(db, [await dbTimeIn(db, 1_500), await dbTimeIn(db, 2 * HOUR)]);
      const later = utcToLocalInput(await dbTimeIn(db, HOUR), event.timeZone);
      const holder = new pg.Client({ connectionString: process.env.DATABASE_URL });
      await holder.connect();
      try {
        await holder.query("BEGIN");
        await holder.query("SELECT id FROM stage WHERE id = $1 FOR UPDATE", [stages[0]!.id]);
        // The move's transaction starts now, before the stage does, then waits for the row.
        const move = moveStageStartAction(null, form({ stageId: stages[0]!.id, version: 1, startsAtLocal: later }));
        await new Promise((resolve) => setTimeout(resolve, 2_500));
        await holder.query("COMMIT");
        const result = refused(await move);
        expect(result.fieldErrors?.startsAtLocal?.[0]).toMatch(/its picks are public: its start cannot move any more$/);
      } finally {
        await holder.end();
      }
      expect((await db.stage.findUniqueOrThrow({ where: { id: stages[0]!.id } })).startsAt).toEqual(stages[0]!.startsAt);
    },
  );
});

describe("cancelling a stage", () => {
  it("cancels (saves skip it) and restores, audited", async () => {
    const db = testDb();
    const { event, featured, rival, solo, stages, player } = await createPlayEvent(db, [
      await dbTimeIn(db, HOUR),
      await dbTimeIn(db, 2 * HOUR),
    ]);
    expect(await setStageCancelledAction(null, form({ stageId: stages[0]!.id, version: 1, cancelled: "true" }))).toEqual({
      ok: true,
      message: "Stage cancelled: it scores nothing for anyone.",
    });
    const saved = await saveRoster(db, {
      userId: player.id,
      eventSlug: event.slug,
      crewIds: [featured[0]!.id, rival[0]!.id, solo.id],
      captainId: solo.id,
    });
    expect(saved.appliesFromStage).toBe(1);
    expect(await setStageCancelledAction(null, form({ stageId: stages[0]!.id, version: 2, cancelled: "false" }))).toMatchObject({
      ok: true,
    });
    expect(await db.stage.findUniqueOrThrow({ where: { id: stages[0]!.id } })).toMatchObject({ status: "SCHEDULED", version: 3 });
    expect((await auditActions(stages[0]!.id)).map(({ action, before, after }) => ({ action, before, after }))).toEqual([
      { action: "cancel-stage", before: { status: "SCHEDULED" }, after: { status: "CANCELLED" } },
      { action: "uncancel-stage", before: { status: "CANCELLED" }, after: { status: "SCHEDULED" } },
    ]);
  });

  it("rescores in the same transaction when the stage's results are published", async () => {
    const db = testDb();
    const { event, crews, stages, admin: publisher } = await createResultsEvent(db);
    const { F0, F1, R0, R1, S } = crews;
    const player = await factories.createUser(db);
    const roster = { userId: player.id, eventId: event.id, captainCrewId: S.id };
    const first = await factories.createRosterSave(db, {
      ...roster,
      crewIds: [F0.id, R0.id, S.id],
      savedAt: await dbTimeIn(db, -4 * HOUR),
    });
    const second = await factories.createRosterSave(db, {
      ...roster,
      crewIds: [F1.id, R1.id, S.id],
      savedAt: await dbTimeIn(db, -2.5 * HOUR),
    });
    await saveAndPublish(db, publisher.id, stages[0]!.id, finishOrder([F0, R0, S, F1, R1]));
    const total = async () =>
      (await db.standing.findUniqueOrThrow({ where: { eventId_userId: { eventId: event.id, userId: player.id } } })).total;
    const version = async () => (await db.stage.findUniqueOrThrow({ where: { id: stages[0]!.id } })).version;
    expect(await total()).toBe(25 + 18 + 15 * 2);

    // A published stage has locked: its start no longer moves, so its locked rosters stay.
    const later = utcToLocalInput(await dbTimeIn(db, -2.25 * HOUR), event.timeZone);
    const moved = refused(
      await moveStageStartAction(null, form({ stageId: stages[0]!.id, version: await version(), startsAtLocal: later })),
    );
    expect(moved.code).toBe("CONFLICT");
    const locked = await db.stageRoster.findUniqueOrThrow({ where: { stageId_userId: { stageId: stages[0]!.id, userId: player.id } } });
    expect(locked.rosterVersionId).toBe(first.version.id);
    expect(locked.rosterVersionId).not.toBe(second.version.id);

    const cancelled = await setStageCancelledAction(null, form({ stageId: stages[0]!.id, version: await version(), cancelled: "true" }));
    expect(cancelled).toEqual({ ok: true, message: "Stage cancelled: it scores nothing for anyone. Published scores were recalculated." });
    expect(await total()).toBe(0);
    expect(await db.stageScore.count({ where: { stageId: stages[0]!.id } })).toBe(0);
    await setStageCancelledAction(null, form({ stageId: stages[0]!.id, version: await version(), cancelled: "false" }));
    expect(await total()).toBe(25 + 18 + 15 * 2);
    expect((await auditActions(stages[0]!.id)).map((row) => row.action)).toEqual(
      expect.arrayContaining(["cancel-stage", "uncancel-stage"]),
    );

    // Rules feed scoring too: with 10-5-3 stage points, F0 P1, R0 P2 and the captain S P3.
    const stored = await db.event.findUniqueOrThrow({ where: { id: event.id } });
    const edited = await updateEvent(db, {
      actorId: admin.id,
      eventId: event.id,
      expectedVersion: stored.version,
      seasonId: stored.seasonId,
      slug: stored.slug,
      name: stored.name,
      country: stored.country,
      timeZone: stored.timeZone,
      startDate: isoDate(stored.startDate),
      endDate: isoDate(stored.endDate),
      status: stored.status,
      isSample: stored.isSample,
      description: stored.description,
      featuredTeamId: stored.featuredTeamId,
      rules: { stagePoints: [10, 5, 3] },
    });
    expect(edited).toMatchObject({ changed: true, rescored: true });
    expect(await total()).toBe(10 + 5 + 3 * 2);
  });
});
