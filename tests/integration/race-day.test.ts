import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import * as factories from "@/tests/factories";
import { utcToLocalInput } from "@/lib/format/zoned-time";
import { confirmPricesAction, importEntryListAction, saveTimetableAction } from "@/lib/server/actions/admin-race-day";
import { getRaceDay } from "@/lib/server/admin/get-race-day";
import { form, refused } from "./helpers/action-forms";
import { testDb } from "./helpers/db";
import { signInAs } from "./helpers/fake-session";
import { dbTimeIn } from "./helpers/play-event";
import { createResultsEvent, finishOrder, saveAndPublish } from "./helpers/results-event";

vi.mock("@/auth", async () => {
  const { fakeSession } = await import("./helpers/fake-session");
  return { auth: async () => fakeSession.current, signIn: vi.fn(), signOut: vi.fn(), handlers: {} };
});
vi.mock("next/cache", () => ({ revalidatePath: vi.fn(), revalidateTag: vi.fn() }));

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const HEADER = "number,driver,co-driver,driver nationality,co-driver nationality,team,vehicle,price";

/** Twelve Stock crews over four teams, prices 10..32. */
function entryList(): string[] {
  const teams = ["Defender Rally", "Toyota Auto Body", "Overdrive", "Privateers"];
  return Array.from(
    { length: 12 },
    (_, index) => `${500 + index},Driver ${index},Navigator ${index},FRA,ESP,${teams[index % 4]},Stock car ${index},${10 + index * 2}`,
  );
}

let admin: { id: string; role: "ADMIN" };

beforeAll(async () => {
  admin = { id: (await factories.createUser(testDb(), { role: "ADMIN" })).id, role: "ADMIN" };
  signInAs(admin);
});
afterAll(() => signInAs(null));

describe("importing the entry list", () => {
  it("refuses a list with two bad rows naming both, applies the fixed list, updates by number on re-import, and audits", async () => {
    const db = testDb();
    const event = await factories.createEvent(db);
    await factories.createTeam(db, { eventId: event.id, name: "Defender Rally" });
    const teamsBefore = await db.team.count({ where: { eventId: event.id } });
    const lines = entryList();
    const bad = [...lines];
    bad[2] = bad[2]!.replace(/,14$/, ",14.5");
    bad[6] = bad[6]!.replace("Driver 6", "");

    const refusal = refused(await importEntryListAction(null, form({ eventId: event.id, csv: [HEADER, ...bad].join("\n") })));
    expect(refusal.message).toContain("2 problems: nothing was imported");
    expect(refusal.fieldErrors?.csv).toEqual([
      'line 4, price: must be a whole number of credits from 1 to 100000 ("14.5" is not)',
      "line 8, driver: missing",
    ]);
    expect(await db.crew.count({ where: { eventId: event.id } })).toBe(0);
    expect(await db.team.count({ where: { eventId: event.id } })).toBe(teamsBefore);

    const applied = await importEntryListAction(null, form({ eventId: event.id, csv: [HEADER, ...lines].join("\n") }));
    expect(applied).toMatchObject({ ok: true, message: expect.stringContaining("12 crews added, 0 updated, 0 unchanged") });
    expect(applied.message).toContain("3 new teams: Toyota Auto Body, Overdrive, Privateers.");
    const crews = await db.crew.findMany({ where: { eventId: event.id }, orderBy: { number: "asc" }, include: { team: true } });
    expect(crews).toHaveLength(12);
    expect(crews[0]).toMatchObject({
      number: 500,
      driver: "Driver 0",
      coDriver: "Navigator 0",
      driverNationality: "FRA",
      coDriverNationality: "ESP",
      vehicle: "Stock car 0",
      price: 10,
      category: "STOCK",
      isSamplePrice: true,
      team: { name: "Defender Rally" },
    });
    expect(await db.team.count({ where: { eventId: event.id } })).toBe(teamsBefore + 3);

    // Confirmed prices stop being samples; a re-import with a new price makes that one a sample again.
    expect(await confirmPricesAction(null, form({ eventId: event.id }))).toEqual({
      ok: true,
      message: "12 prices confirmed: players no longer see them as samples.",
    });
    expect(await db.crew.count({ where: { eventId: event.id, isSamplePrice: true } })).toBe(0);

    // Columns in another order, one crew renamed, one repriced, one moved team: updated, not duplicated.
    const reordered = [
      "price;team;number;driver",
      "10;Defender Rally;500;Driver Zero",
      "50;Overdrive;501;Driver 1",
      "14;OVERDRIVE;502;Driver 2",
    ];
    const again = await importEntryListAction(null, form({ eventId: event.id, csv: reordered.join("\n") }));
    expect(again).toMatchObject({ ok: true, message: expect.stringContaining("0 crews added, 3 updated, 0 unchanged") });
    const after = await db.crew.findMany({ where: { eventId: event.id }, orderBy: { number: "asc" }, include: { team: true } });
    expect(after).toHaveLength(12);
    expect(after.slice(0, 3).map((crew) => [crew.number, crew.driver, crew.price, crew.isSamplePrice, crew.team.name])).toEqual([
      [500, "Driver Zero", 10, false, "Defender Rally"],
      [501, "Driver 1", 50, true, "Overdrive"],
      [502, "Driver 2", 14, false, "Overdrive"],
    ]);
    // Columns the list leaves out are cleared: the list is the field as published.
    expect(after[0]).toMatchObject({ coDriver: null, vehicle: null });

    const audit = await db.auditLog.findMany({
      where: { entityType: "event", entityId: String(event.id) },
      orderBy: { id: "asc" },
      select: { action: true, actorId: true, after: true },
    });
    expect(audit.map((entry) => entry.action)).toEqual(["import-entry-list", "confirm-prices", "import-entry-list"]);
    expect(audit.every((entry) => entry.actorId === admin.id)).toBe(true);
    expect(audit[0]!.after).toMatchObject({
      rows: 12,
      created: lines.map((_, index) => 500 + index),
      teamsCreated: ["Toyota Auto Body", "Overdrive", "Privateers"],
    });
    expect(audit[2]!.after).toMatchObject({
      created: [],
      updated: [
        { number: 500, before: { driver: "Driver 0" }, after: { driver: "Driver Zero" } },
        { number: 501, before: { price: 12, isSamplePrice: false }, after: { price: 50, isSamplePrice: true } },
        expect.objectContaining({ number: 502 }),
      ],
    });
    expect(
      await db.auditLog.count({ where: { action: "create-team", actorId: admin.id, after: { path: ["eventId"], equals: event.id } } }),
    ).toBe(3);
  });

  it("refuses an unknown event and an empty paste without writing", async () => {
    const missing = refused(await importEntryListAction(null, form({ eventId: 2_000_000_001, csv: `${HEADER}\n${entryList()[0]}` })));
    expect(missing.message).toBe("That event no longer exists.");
    const empty = refused(await importEntryListAction(null, form({ eventId: 1, csv: "  " })));
    expect(empty.fieldErrors?.csv).toEqual(["Paste the entry list or choose its file"]);
  });
});

describe("editing the timetable", () => {
  async function timetableEvent() {
    const db = testDb();
    const event = await factories.createEvent(db, { timeZone: "Asia/Riyadh" });
    const starts = [await dbTimeIn(db, -HOUR), await dbTimeIn(db, DAY), await dbTimeIn(db, 2 * DAY), await dbTimeIn(db, 3 * DAY)];
    const stages = [];
    for (const [number, startsAt] of starts.entries())
      stages.push(await factories.createStage(db, { eventId: event.id, number, startsAt, type: number === 0 ? "PROLOGUE" : "STAGE" }));
    return { event, stages };
  }

  /** The table as the page posts it, with `edit` applied to the row of that index. */
  function table(
    eventId: number,
    stages: Awaited<ReturnType<typeof timetableEvent>>["stages"],
    edit: Record<number, Partial<Record<string, string>>>,
  ) {
    const rows = stages.map((stage, index) => ({
      stageId: String(stage.id),
      version: String(stage.version),
      startsAtLocal: utcToLocalInput(stage.startsAt, "Asia/Riyadh"),
      startTown: stage.startTown,
      finishTown: stage.finishTown,
      specialKm: String(stage.specialKm ?? ""),
      totalKm: String(stage.totalKm ?? ""),
      ...edit[index],
    }));
    const column = (name: keyof (typeof rows)[number]) => rows.map((row) => row[name]!);
    return form({
      eventId,
      stageId: column("stageId"),
      version: column("version"),
      startsAtLocal: column("startsAtLocal"),
      startTown: column("startTown"),
      finishTown: column("finishTown"),
      specialKm: column("specialKm"),
      totalKm: column("totalKm"),
    });
  }

  it("refuses a start in the past naming the row, a moved locked start and a broken order; saves a valid table at once", async () => {
    const db = testDb();
    const { event, stages } = await timetableEvent();
    const [s0, s1, s2, s3] = stages as [(typeof stages)[number], (typeof stages)[number], (typeof stages)[number], (typeof stages)[number]];
    const past = utcToLocalInput(await dbTimeIn(db, -2 * HOUR), "Asia/Riyadh");
    const local = (stage: typeof s0, shift: number) => utcToLocalInput(new Date(stage.startsAt.getTime() + shift), "Asia/Riyadh");

    const inPast = refused(
      await saveTimetableAction(null, table(event.id, stages, { 2: { startsAtLocal: past }, 1: { startTown: "Yanbu" } })),
    );
    expect(inPast.message).toMatch(/^1 row needs fixing, nothing was saved: Stage 2: .* has passed .*a start cannot move into the past\.$/);
    expect(Object.keys(inPast.fieldErrors ?? {})).toEqual([`stage-${s2.id}`]);

    const locked = refused(await saveTimetableAction(null, table(event.id, stages, { 0: { startsAtLocal: local(s0, HOUR) } })));
    expect(locked.fieldErrors?.[`stage-${s0.id}`]?.[0]).toMatch(/^The prologue locked at .* its start cannot change any more\.$/);

    const disorder = refused(await saveTimetableAction(null, table(event.id, stages, { 3: { startsAtLocal: local(s1, -HOUR) } })));
    expect(disorder.fieldErrors?.[`stage-${s3.id}`]?.[0]).toMatch(/^Stage 3 must start after stage 2, which starts/);

    const blank = refused(await saveTimetableAction(null, table(event.id, stages, { 1: { finishTown: " " }, 3: { totalKm: "1.5" } })));
    expect(blank.fieldErrors).toEqual({
      [`stage-${s1.id}`]: ["Row 2, finish town: enter the finish town"],
      [`stage-${s3.id}`]: ["Row 4, total km: use whole kilometres"],
    });
    expect(await db.stage.findMany({ where: { eventId: event.id }, orderBy: { number: "asc" } })).toEqual(stages);

    // Every future stage a day later (each one after where the next one was), a route and distances:
    // one save, order checked on the whole table, the prologue's start (locked) untouched.
    const saved = await saveTimetableAction(
      null,
      table(event.id, stages, {
        0: { finishTown: "Yanbu Port" },
        1: { startsAtLocal: local(s1, DAY), specialKm: "412" },
        2: { startsAtLocal: local(s2, DAY) },
        3: { startsAtLocal: local(s3, DAY), startTown: "AlUla", totalKm: "" },
      }),
    );
    expect(saved).toEqual({ ok: true, message: "Timetable saved: 4 stages changed." });
    const after = await db.stage.findMany({ where: { eventId: event.id }, orderBy: { number: "asc" } });
    expect(after.map((stage) => stage.startsAt.getTime())).toEqual(
      // Moved starts are whole minutes, as typed; the locked prologue keeps its start to the millisecond.
      [s0, s1, s2, s3].map((stage, index) =>
        index === 0 ? stage.startsAt.getTime() : Math.floor((stage.startsAt.getTime() + DAY) / 60_000) * 60_000,
      ),
    );
    expect(after.map((stage) => [stage.finishTown, stage.specialKm, stage.totalKm, stage.version])).toEqual([
      ["Yanbu Port", s0.specialKm, s0.totalKm, 2],
      [s1.finishTown, 412, s1.totalKm, 2],
      [s2.finishTown, s2.specialKm, s2.totalKm, 2],
      [s3.finishTown, s3.specialKm, null, 2],
    ]);
    expect(after[3]!.startTown).toBe("AlUla");
    const audit = await db.auditLog.findMany({
      where: { action: "edit-timetable", entityId: { in: stages.map((stage) => String(stage.id)) } },
    });
    expect(audit).toHaveLength(4);
    expect(audit.find((entry) => entry.entityId === String(s1.id))?.after).toMatchObject({ specialKm: 412, timeZone: "Asia/Riyadh" });

    // The page the admin opened before that save is stale now: refused, naming the rows.
    const stale = refused(await saveTimetableAction(null, table(event.id, stages, {})));
    expect(stale.code).toBe("CONFLICT");
    expect(stale.message).toContain("Stage 1 was changed by someone else");
    expect(await saveTimetableAction(null, table(event.id, after, {}))).toEqual({ ok: true, message: "Nothing changed." });
  });
});

describe("the race-day view", () => {
  it("shows the running stage, the next lock, the results still to publish and the last publish's effect", async () => {
    const db = testDb();
    const { event, crews, stages, admin: publisher } = await createResultsEvent(db);
    const [s0, s1, s2, s3] = stages as [(typeof stages)[number], (typeof stages)[number], (typeof stages)[number], (typeof stages)[number]];
    const empty = await getRaceDay(db, event.slug);
    expect(empty).toMatchObject({ current: { id: s2.id }, nextLock: { id: s3.id }, lastPublish: null });
    expect(empty!.waiting.map((stage) => stage.id)).toEqual([s0.id, s1.id, s2.id]);

    await saveAndPublish(db, publisher.id, s0.id, finishOrder([crews.F0, crews.R0, crews.F1]));
    const players = await Promise.all([0, 1, 2].map(() => factories.createUser(db)));
    // Rosters saved before stage 1 started: three players scored by its publish.
    const beforeStage1 = new Date(s1.startsAt.getTime() - 60_000);
    for (const player of players) {
      const crewIds = [crews.F0.id, crews.R0.id, crews.S.id];
      await factories.createRosterSave(db, { userId: player.id, eventId: event.id, crewIds, savedAt: beforeStage1 });
    }
    await saveAndPublish(db, publisher.id, s1.id, finishOrder([crews.R0, crews.F0, crews.F1]));

    const view = await getRaceDay(db, event.slug);
    expect(view!.waiting.map((stage) => stage.id)).toEqual([s2.id]);
    expect(view!.lastPublish).toMatchObject({
      action: "publish-stage-results",
      stage: { number: 1 },
      players: 3,
      durationMs: expect.any(Number),
    });
    expect(view!.lastPublish!.durationMs).toBeGreaterThanOrEqual(0);
    const entry = await db.auditLog.findFirstOrThrow({ where: { action: "publish-stage-results", entityId: String(s1.id) } });
    expect(entry.after).toMatchObject({ resultsStatus: "PROVISIONAL", rescore: { players: 3 } });
    expect(await getRaceDay(db, "no-such-event")).toBeNull();
  });
});
