import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { redirect } from "next/navigation";
import * as factories from "@/tests/factories";
import type { Crew } from "@/lib/generated/prisma/client";
import { AppError, mapError } from "@/lib/server/errors";
import { createEvent, updateEvent } from "@/lib/server/admin/save-event";
import { saveRoster } from "@/lib/server/picks/save-roster";
import { createEventAction, updateEventAction } from "@/lib/server/actions/admin-events";
import { setCrewRetirementAction, updateCrewAction } from "@/lib/server/actions/admin-event-field";
import { form, refused } from "./helpers/action-forms";
import { testDb } from "./helpers/db";
import { signInAs } from "./helpers/fake-session";
import { createPlayEvent, dbTimeIn } from "./helpers/play-event";

vi.mock("@/auth", async () => {
  const { fakeSession } = await import("./helpers/fake-session");
  return { auth: async () => fakeSession.current, signIn: vi.fn(), signOut: vi.fn(), handlers: {} };
});
vi.mock("next/cache", () => ({ revalidatePath: vi.fn(), revalidateTag: vi.fn() }));
vi.mock("next/navigation", () => ({ redirect: vi.fn(), notFound: vi.fn(), forbidden: vi.fn() }));

const HOUR = 3_600_000;

/** A data function's refusal, read as the English API words it (its messages are message keys). */
async function refusal(promise: Promise<unknown>) {
  const error = await promise.then(
    () => null,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(AppError);
  return mapError(error);
}

const isoDate = (date: Date) => date.toISOString().slice(0, 10);

function eventForm(seasonId: number, overrides: Record<string, string | number> = {}) {
  return form({
    seasonId,
    slug: `dakar-${factories.randomSuffix()}`,
    name: "Dakar Rally 2027",
    country: "Saudi Arabia",
    timeZone: "Asia/Riyadh",
    startDate: "2027-01-02",
    endDate: "2027-01-16",
    status: "DRAFT",
    description: "",
    rules: "",
    ...overrides,
  });
}

function crewForm(crew: Crew, overrides: Record<string, string | number> = {}) {
  const {
    id,
    version,
    teamId,
    number,
    driver,
    driverNationality,
    coDriver,
    coDriverNationality,
    vehicle,
    category,
    price,
    isSamplePrice,
    source,
  } = crew;
  return form({
    crewId: id,
    version,
    teamId,
    number: number ?? "",
    driver,
    driverNationality: driverNationality ?? "",
    coDriver: coDriver ?? "",
    coDriverNationality: coDriverNationality ?? "",
    vehicle: vehicle ?? "",
    category,
    price,
    source: source ?? "",
    ...(isSamplePrice ? { isSamplePrice: "on" } : {}),
    ...overrides,
  });
}

function auditRows(entityType: string, entityId: number) {
  return testDb().auditLog.findMany({ where: { entityType, entityId: String(entityId) }, orderBy: { id: "asc" } });
}

let admin: { id: string; role: "ADMIN" };

beforeAll(async () => {
  admin = { id: (await factories.createUser(testDb(), { role: "ADMIN" })).id, role: "ADMIN" };
  signInAs(admin);
});
afterAll(() => signInAs(null));

describe("creating an event", () => {
  it("refuses a bad time zone or bad rules next to the field, keeps what was typed, and writes nothing", async () => {
    vi.mocked(redirect).mockClear();
    const db = testDb();
    const season = await factories.createSeason(db);
    const slug = `dakar-${factories.randomSuffix()}`;
    const rules = '{"budget": 0, "stagePoints": [25, "x"]}';
    const result = refused(await createEventAction(null, eventForm(season.id, { slug, timeZone: "Mars/Olympus_Mons", rules })));
    expect(result.code).toBe("INVALID");
    expect(result.fieldErrors?.timeZone).toEqual(["Use an IANA time zone name such as Asia/Riyadh"]);
    expect(result.fieldErrors?.rules).toEqual([expect.stringMatching(/^budget: /), expect.stringMatching(/^stagePoints\.1: /)]);
    expect(result.values).toMatchObject({ slug, rules, timeZone: "Mars/Olympus_Mons" });

    const notJson = refused(await createEventAction(null, eventForm(season.id, { slug, rules: "{budget: 90" })));
    expect(notJson.fieldErrors?.rules?.[0]).toMatch(/^Not valid JSON/);
    expect(await db.event.count({ where: { slug } })).toBe(0);
    expect(await db.auditLog.count({ where: { action: "create-event", after: { path: ["slug"], equals: slug } } })).toBe(0);
    expect(redirect).not.toHaveBeenCalled();
  });

  it("refuses a slug already taken, from the action and the data function alike", async () => {
    const db = testDb();
    const existing = await factories.createEvent(db);
    const result = refused(await createEventAction(null, eventForm(existing.seasonId, { slug: existing.slug })));
    expect(result).toMatchObject({ code: "CONFLICT", fieldErrors: { slug: ["Another event already uses that slug"] } });

    const direct = await refusal(
      createEvent(db, {
        actorId: admin.id,
        seasonId: existing.seasonId,
        slug: existing.slug,
        name: "Copy",
        country: null,
        timeZone: "UTC",
        startDate: "2027-01-02",
        endDate: "2027-01-03",
        status: "DRAFT",
        isSample: false,
        description: null,
        rules: {},
        featuredTeamName: null,
      }),
    );
    expect(direct.fieldErrors).toEqual({ slug: ["Another event already uses that slug"] });
    expect(await db.event.count({ where: { slug: existing.slug } })).toBe(1);
  });

  it("creates a draft with its rules and featured team, audited, then opens its page", async () => {
    const db = testDb();
    const season = await factories.createSeason(db);
    const slug = `dakar-${factories.randomSuffix()}`;
    await createEventAction(
      null,
      eventForm(season.id, { slug, rules: '{"budget": 90}', featuredTeamName: "Defender Rally", isSample: "on" }),
    );
    expect(redirect).toHaveBeenCalledWith(`/admin/events/${slug}?created=1`);
    const event = await db.event.findUniqueOrThrow({ where: { slug }, include: { featuredTeam: true } });
    expect(event).toMatchObject({ status: "DRAFT", isSample: true, rules: { budget: 90 }, timeZone: "Asia/Riyadh", version: 1 });
    expect(event.featuredTeam?.name).toBe("Defender Rally");
    expect(await auditRows("event", event.id)).toEqual([
      expect.objectContaining({
        actorId: admin.id,
        action: "create-event",
        before: null,
        after: expect.objectContaining({ slug, rules: { budget: 90 } }),
      }),
    ]);
  });
});

describe("editing an event", () => {
  it("refuses a stale version with CONFLICT and keeps the newer edit", async () => {
    const db = testDb();
    const event = await factories.createEvent(db);
    const other = await factories.createEvent(db);
    const fields = {
      eventId: event.id,
      seasonId: event.seasonId,
      slug: event.slug,
      name: event.name,
      country: "",
      timeZone: event.timeZone,
      startDate: isoDate(event.startDate),
      endDate: isoDate(event.endDate),
      status: event.status,
      description: "",
      rules: "",
      featuredTeamId: event.featuredTeamId!,
    };
    expect(await updateEventAction(null, form({ ...fields, version: 1, name: "First edit" }))).toEqual({
      ok: true,
      message: "Event saved.",
    });
    const stale = refused(await updateEventAction(null, form({ ...fields, version: 1, name: "Second edit" })));
    expect(stale).toMatchObject({
      code: "CONFLICT",
      message: "This event was changed by someone else since you opened it. Reload to see their changes.",
      values: { name: "Second edit" },
    });
    const direct = await refusal(
      updateEvent(db, {
        ...fields,
        actorId: admin.id,
        expectedVersion: 1,
        country: null,
        description: null,
        rules: {},
        isSample: false,
        name: "Third",
      }),
    );
    expect(direct.code).toBe("CONFLICT");

    const foreign = refused(await updateEventAction(null, form({ ...fields, version: 2, featuredTeamId: other.featuredTeamId! })));
    expect(foreign.fieldErrors).toEqual({ featuredTeamId: ["The featured team must be one of this event's teams"] });

    expect(await db.event.findUniqueOrThrow({ where: { id: event.id } })).toMatchObject({
      name: "First edit",
      version: 2,
      featuredTeamId: event.featuredTeamId,
    });
    expect(await auditRows("event", event.id)).toEqual([
      expect.objectContaining({ actorId: admin.id, action: "update-event", before: { name: event.name }, after: { name: "First edit" } }),
    ]);
  });
});

describe("crews", () => {
  it("a price change applies to roster saves from then on; saved rosters keep the crew", async () => {
    const db = testDb();
    const { event, featured, rival, solo, player } = await createPlayEvent(db, [await dbTimeIn(db, HOUR), await dbTimeIn(db, 2 * HOUR)]);
    const crewIds = [featured[0]!.id, rival[0]!.id, solo.id]; // 38 + 24 + 12 credits
    await saveRoster(db, { userId: player.id, eventSlug: event.slug, crewIds, captainId: solo.id });

    const result = await updateCrewAction(null, crewForm(rival[0]!, { price: 60 }));
    expect(result).toEqual({
      ok: true,
      message: "Crew saved. The new price applies to roster saves from now on; rosters already saved keep this crew.",
    });
    const saved = await db.rosterVersion.findFirstOrThrow({ where: { roster: { userId: player.id } }, include: { crews: true } });
    expect(saved.crews.map((crew) => crew.crewId).sort()).toEqual([...crewIds].sort());
    const resave = await refusal(saveRoster(db, { userId: player.id, eventSlug: event.slug, crewIds, captainId: solo.id }));
    expect(resave.message).toContain("Over budget by 10 credits (110 of 100).");

    const crew = await db.crew.findUniqueOrThrow({ where: { id: rival[0]!.id } });
    expect(crew).toMatchObject({ price: 60, version: 2 });
    expect(await auditRows("crew", crew.id)).toEqual([
      expect.objectContaining({ actorId: admin.id, action: "update-crew", before: { price: 24 }, after: { price: 60 } }),
    ]);

    expect(refused(await updateCrewAction(null, crewForm(crew, { price: 0 }))).fieldErrors).toEqual({
      price: ["The price must be at least 1 credit"],
    });
    expect(refused(await updateCrewAction(null, crewForm(crew, { price: 12.5 }))).fieldErrors).toEqual({
      price: ["Prices are whole credits"],
    });
    const taken = refused(await updateCrewAction(null, crewForm(crew, { number: featured[0]!.number! })));
    expect(taken.fieldErrors).toEqual({ number: [`#${featured[0]!.number} is already ${featured[0]!.driver}'s number in this event`] });
    expect(refused(await updateCrewAction(null, crewForm(crew, { driverNationality: "FR" }))).fieldErrors).toEqual({
      driverNationality: ["Use a 3-letter code such as FRA or LTU"],
    });
    expect(refused(await updateCrewAction(null, crewForm(rival[0]!, { price: 30 }))).code).toBe("CONFLICT");
    expect(await db.crew.findUniqueOrThrow({ where: { id: crew.id } })).toMatchObject({ price: 60, version: 2 });
  });

  it("retires a crew after a stage of its event, refuses one that finished a later stage, and brings it back", async () => {
    const db = testDb();
    const { event, featured, rival, solo, stages, player } = await createPlayEvent(db, [
      await dbTimeIn(db, HOUR),
      await dbTimeIn(db, 2 * HOUR),
      await dbTimeIn(db, 3 * HOUR),
    ]);
    await factories.createStageResults(db, { stageId: stages[1]!.id, results: [{ crewId: rival[1]!.id }], resultsStatus: "DRAFT" });
    const tooEarly = refused(
      await setCrewRetirementAction(null, form({ crewId: rival[1]!.id, version: 1, retiredAfterStageId: stages[0]!.id })),
    );
    expect(tooEarly.fieldErrors).toEqual({
      retiredAfterStageId: ["This crew finished stage 1: retire it after stage 1 or later, or correct that stage's results first"],
    });

    const crew = featured[1]!;
    const retired = await setCrewRetirementAction(null, form({ crewId: crew.id, version: 1, retiredAfterStageId: stages[1]!.id }));
    expect(retired).toEqual({ ok: true, message: "Marked out of the rally after stage 1." });
    expect(await db.crew.findUniqueOrThrow({ where: { id: crew.id } })).toMatchObject({
      status: "RETIRED",
      retiredAfterStageId: stages[1]!.id,
      version: 2,
    });
    const pick = await refusal(
      saveRoster(db, { userId: player.id, eventSlug: event.slug, crewIds: [crew.id, rival[0]!.id, solo.id], captainId: solo.id }),
    );
    expect(pick.message).toContain("is out of the rally and cannot be picked.");

    const elsewhere = await createPlayEvent(db, [await dbTimeIn(db, HOUR)]);
    const foreign = refused(
      await setCrewRetirementAction(null, form({ crewId: crew.id, version: 2, retiredAfterStageId: elsewhere.stages[0]!.id })),
    );
    expect(foreign.fieldErrors).toEqual({ retiredAfterStageId: ["Choose one of this event's stages"] });

    expect(await setCrewRetirementAction(null, form({ crewId: crew.id, version: 2, retiredAfterStageId: "running" }))).toEqual({
      ok: true,
      message: "Back in the rally.",
    });
    expect(await db.crew.findUniqueOrThrow({ where: { id: crew.id } })).toMatchObject({
      status: "RUNNING",
      retiredAfterStageId: null,
      version: 3,
    });
    expect(await auditRows("crew", crew.id)).toEqual([
      expect.objectContaining({
        action: "retire-crew",
        before: { status: "RUNNING", retiredAfterStage: null },
        after: { status: "RETIRED", retiredAfterStage: 1 },
      }),
      expect.objectContaining({
        action: "unretire-crew",
        before: { status: "RETIRED", retiredAfterStage: 1 },
        after: { status: "RUNNING", retiredAfterStage: null },
      }),
    ]);
  });
});
