import { describe, expect, it } from "vitest";
import { saveRoster } from "@/lib/server/picks/save-roster";
import { savePodiumCall } from "@/lib/server/picks/save-podium-call";
import { AppError, mapError } from "@/lib/server/errors";
import { createUser } from "@/tests/factories";
import { testDb } from "./helpers/db";
import { createPlayEvent, dbTimeIn } from "./helpers/play-event";
import type { Db } from "@/lib/server/db";

const HOUR = 3_600_000;
const BURST_SPACING_MS = 50;
const LOCK_AFTER_FIRST_ACCEPTED_MS = 300;
const MAX_ATTEMPTS = 200;

type Outcome = "accepted" | "refused";

/**
 * Fires attempts every 50 ms, each from a new player, and lets the lock fall in the middle of the
 * burst whatever the machine's speed: the stage starts an hour away until the first save is
 * accepted, then 300 ms from the database clock, and the burst goes on until one is refused.
 * A fixed schedule ("locks at +600 ms") saw every save accepted, or none, on a slow machine.
 */
async function raceTheLock(db: Db, stageId: number, attempt: (userId: string) => Promise<unknown>): Promise<Outcome[]> {
  const launched: Promise<Outcome>[] = [];
  let hasAccepted = false;
  let hasRefused = false;
  let lockMoved: Promise<unknown> | null = null;
  while (!hasRefused) {
    if (launched.length >= MAX_ATTEMPTS) throw new Error(`no save was refused after ${MAX_ATTEMPTS} attempts`);
    launched.push(
      createUser(db)
        .then((player) => attempt(player.id))
        .then(
          () => {
            hasAccepted = true;
            return "accepted" as const;
          },
          (error: unknown) => {
            if (!(error instanceof AppError && error.code === "LOCKED")) throw error;
            hasRefused = true;
            return "refused" as const;
          },
        ),
    );
    if (hasAccepted && !lockMoved)
      lockMoved = dbTimeIn(db, LOCK_AFTER_FIRST_ACCEPTED_MS).then((startsAt) =>
        db.stage.update({ where: { id: stageId }, data: { startsAt } }),
      );
    await new Promise((resolve) => setTimeout(resolve, BURST_SPACING_MS));
  }
  await lockMoved;
  return Promise.all(launched);
}

/** What the refusal says in English (the API's language), its message keys translated. */
const inEnglish = (error: AppError) => mapError(error);

async function refusal(promise: Promise<unknown>) {
  const error = await promise.then(
    () => null,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

describe("saving a roster", () => {
  it("counts from the next stage to lock, and refuses once every stage has started", async () => {
    const db = testDb();
    const { event, featured, rival, solo, stages, player } = await createPlayEvent(db, [
      await dbTimeIn(db, -HOUR),
      await dbTimeIn(db, HOUR),
    ]);
    const saved = await saveRoster(db, {
      userId: player.id,
      eventSlug: event.slug,
      crewIds: [featured[0]!.id, rival[0]!.id, solo.id],
      captainId: featured[0]!.id,
    });
    expect(saved.appliesFromStage).toBe(1);

    await db.stage.update({ where: { id: stages[1]!.id }, data: { startsAt: await dbTimeIn(db, -1000) } });
    const other = await createUser(db);
    const locked = await refusal(
      saveRoster(db, { userId: other.id, eventSlug: event.slug, crewIds: [featured[0]!.id, rival[0]!.id, solo.id], captainId: solo.id }),
    );
    expect(locked.code).toBe("LOCKED");
    // Nothing half-written: not even the entry row of the refused player.
    expect(await db.roster.count({ where: { userId: other.id } })).toBe(0);
  });

  it("explains every broken rule and writes nothing", async () => {
    const db = testDb();
    const { event, featured, rival, solo, player } = await createPlayEvent(db, [await dbTimeIn(db, HOUR)]);
    const overBudget = await refusal(
      saveRoster(db, { userId: player.id, eventSlug: event.slug, crewIds: featured.map((crew) => crew.id), captainId: featured[0]!.id }),
    );
    expect(overBudget.code).toBe("INVALID");
    expect(overBudget.message).toContain("Over budget by 8 credits (108 of 100).");
    expect(overBudget.message).toContain("At most 2 crews from Defender Rally (you have 3).");

    const noFeatured = await refusal(
      saveRoster(db, { userId: player.id, eventSlug: event.slug, crewIds: [rival[0]!.id, rival[1]!.id, solo.id], captainId: solo.id }),
    );
    expect(noFeatured.fieldErrors?.crewIds).toEqual(["Pick at least 1 crew from Defender Rally, the featured team."]);

    const badCaptain = await refusal(
      saveRoster(db, {
        userId: player.id,
        eventSlug: event.slug,
        crewIds: [featured[0]!.id, rival[0]!.id, solo.id],
        captainId: rival[1]!.id,
      }),
    );
    expect(badCaptain.fieldErrors?.captainId).toEqual(["The captain must be one of your picked crews."]);

    const otherEvent = await createPlayEvent(db, [await dbTimeIn(db, HOUR)]);
    const foreign = await refusal(
      saveRoster(db, {
        userId: player.id,
        eventSlug: event.slug,
        crewIds: [featured[0]!.id, rival[0]!.id, otherEvent.solo.id],
        captainId: featured[0]!.id,
      }),
    );
    expect(foreign.message).toContain("is not in this event's field");
    expect(await db.roster.count({ where: { userId: player.id } })).toBe(0);
  });

  it("lets a retired crew stay but not be picked anew", async () => {
    const db = testDb();
    const { event, featured, rival, solo, player } = await createPlayEvent(db, [await dbTimeIn(db, HOUR)]);
    await saveRoster(db, {
      userId: player.id,
      eventSlug: event.slug,
      crewIds: [featured[0]!.id, rival[0]!.id, solo.id],
      captainId: solo.id,
    });
    await db.crew.updateMany({ where: { id: { in: [rival[0]!.id, rival[1]!.id] } }, data: { status: "RETIRED" } });
    await saveRoster(db, {
      userId: player.id,
      eventSlug: event.slug,
      crewIds: [featured[0]!.id, rival[0]!.id, solo.id],
      captainId: featured[0]!.id,
    });
    const refused = await refusal(
      saveRoster(db, { userId: player.id, eventSlug: event.slug, crewIds: [featured[0]!.id, rival[1]!.id, solo.id], captainId: solo.id }),
    );
    expect(refused.message).toContain("is out of the rally and cannot be picked.");
  });

  it("racing the lock: every save is wholly before it or refused, none lost or half-written", async () => {
    const db = testDb();
    const { event, featured, rival, solo, stages: created } = await createPlayEvent(db, [await dbTimeIn(db, HOUR)]);
    const outcomes = await raceTheLock(db, created[0]!.id, (userId) =>
      saveRoster(db, { userId, eventSlug: event.slug, crewIds: [featured[0]!.id, rival[0]!.id, solo.id], captainId: solo.id }),
    );
    const stages = [await db.stage.findUniqueOrThrow({ where: { id: created[0]!.id } })];
    const accepted = outcomes.filter((outcome) => outcome === "accepted").length;
    expect(accepted).toBeGreaterThan(0);
    expect(accepted).toBeLessThan(outcomes.length);

    const versions = await db.rosterVersion.findMany({ where: { roster: { eventId: event.id } }, include: { crews: true } });
    expect(versions).toHaveLength(accepted);
    for (const version of versions) {
      expect(version.savedAt.getTime()).toBeLessThan(stages[0]!.startsAt.getTime());
      expect(version.crews).toHaveLength(3);
    }
    expect(await db.roster.count({ where: { eventId: event.id } })).toBe(accepted);
  });
});

describe("a save racing an admin's lock now", () => {
  it("is refused when the lock commits while the save is in flight, never stored after the start", async () => {
    const db = testDb();
    const { event, featured, rival, solo, stages } = await createPlayEvent(db, [await dbTimeIn(db, HOUR)]);
    const player = await createUser(db);
    const stageId = stages[0]!.id;
    // A lock now as lockStageNow writes it (row locked, then the clock read), held open until the
    // save has started: the save's statement then begins before the new start is committed.
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    let signalLocked!: () => void;
    const isLocked = new Promise<void>((resolve) => (signalLocked = resolve));
    const lockNow = db.$transaction(async (tx) => {
      await tx.$executeRaw`SELECT 1 FROM stage WHERE id = ${stageId} FOR NO KEY UPDATE`;
      await tx.$executeRaw`UPDATE stage SET starts_at = clock_timestamp() WHERE id = ${stageId}`;
      signalLocked();
      await held;
    });
    await isLocked;
    const save = saveRoster(db, {
      userId: player.id,
      eventSlug: event.slug,
      crewIds: [featured[0]!.id, rival[0]!.id, solo.id],
      captainId: solo.id,
    }).then(
      () => "accepted",
      (error: unknown) => (error instanceof AppError ? error.code : String(error)),
    );
    await new Promise((resolve) => setTimeout(resolve, 500));
    release();
    await lockNow;
    expect(await save).toBe("LOCKED");
    expect(await db.rosterVersion.count({ where: { roster: { eventId: event.id } } })).toBe(0);
  });
});

describe("one player saving from several tabs at once", () => {
  it("keeps every save whole in one roster, the very first included, each exactly as sent", async () => {
    const db = testDb();
    const { event, featured, rival, solo } = await createPlayEvent(db, [await dbTimeIn(db, 3_600_000)]);
    const player = await createUser(db);
    // Six different valid rosters, sent at once as if from six open tabs.
    const lineups = [
      [featured[0]!, rival[0]!, solo],
      [featured[1]!, rival[0]!, solo],
      [featured[2]!, rival[1]!, solo],
      [featured[0]!, rival[1]!, solo],
      [featured[1]!, rival[1]!, solo],
      [featured[2]!, rival[0]!, solo],
    ].map((crews, index) => ({ crewIds: crews.map((crew) => crew.id), captainId: crews[index % 3]!.id }));
    // Every one of them lands, the very first included: no race to create the roster row.
    await Promise.all(lineups.map((lineup) => saveRoster(db, { userId: player.id, eventSlug: event.slug, ...lineup })));

    const rosters = await db.roster.findMany({
      where: { eventId: event.id, userId: player.id },
      include: { versions: { include: { crews: true }, orderBy: [{ savedAt: "asc" }, { id: "asc" }] } },
    });
    expect(rosters).toHaveLength(1);
    const versions = rosters[0]!.versions;
    expect(versions).toHaveLength(lineups.length);
    const sent = new Set(lineups.map((lineup) => `${lineup.captainId}:${[...lineup.crewIds].sort().join(",")}`));
    for (const version of versions) {
      expect(version.crews).toHaveLength(3);
      expect(
        sent.has(
          `${version.captainCrewId}:${version.crews
            .map((crew) => crew.crewId)
            .sort()
            .join(",")}`,
        ),
      ).toBe(true);
    }
  });
});

describe("calling a podium", () => {
  it("saves and replaces a call until the start, then refuses; a moved start moves the lock", async () => {
    const db = testDb();
    const { event, featured, rival, solo, stages, player } = await createPlayEvent(db, [await dbTimeIn(db, HOUR)]);
    const call = {
      userId: player.id,
      eventSlug: event.slug,
      stageNumber: 0,
      podium: [featured[0]!.id, rival[0]!.id, solo.id] as [number, number, number],
      featuredBestId: featured[0]!.id,
    };
    await savePodiumCall(db, call);
    await savePodiumCall(db, { ...call, featuredBestId: null });
    const stored = await db.podiumCall.findMany({ where: { userId: player.id } });
    expect(stored).toHaveLength(1);
    expect(stored[0]?.featuredBestCrewId).toBeNull();

    await db.stage.update({ where: { id: stages[0]!.id }, data: { startsAt: await dbTimeIn(db, -1) } });
    expect((await refusal(savePodiumCall(db, { ...call, featuredBestId: featured[1]!.id }))).code).toBe("LOCKED");
    expect((await db.podiumCall.findFirstOrThrow({ where: { userId: player.id } })).featuredBestCrewId).toBeNull();

    await db.stage.update({ where: { id: stages[0]!.id }, data: { startsAt: await dbTimeIn(db, HOUR) } });
    await savePodiumCall(db, { ...call, featuredBestId: featured[1]!.id });
    expect((await db.podiumCall.findFirstOrThrow({ where: { userId: player.id } })).featuredBestCrewId).toBe(featured[1]!.id);

    await db.stage.update({ where: { id: stages[0]!.id }, data: { status: "CANCELLED" } });
    expect(inEnglish(await refusal(savePodiumCall(db, call))).message).toContain("cancelled");
  });

  it("names the wrong pick", async () => {
    const db = testDb();
    const { event, featured, rival, solo, player } = await createPlayEvent(db, [await dbTimeIn(db, HOUR)]);
    const base = { userId: player.id, eventSlug: event.slug, stageNumber: 0 };
    const duplicate = await refusal(savePodiumCall(db, { ...base, podium: [solo.id, rival[0]!.id, solo.id], featuredBestId: null }));
    expect(inEnglish(duplicate).fieldErrors).toEqual({ p3: ["Pick three different crews"] });
    const notFeatured = await refusal(
      savePodiumCall(db, { ...base, podium: [featured[0]!.id, rival[0]!.id, solo.id], featuredBestId: rival[1]!.id }),
    );
    expect(inEnglish(notFeatured).fieldErrors).toEqual({ featuredBest: ["Pick a crew of the featured team, or none"] });
    const unknownStage = await refusal(
      savePodiumCall(db, { ...base, stageNumber: 9, podium: [featured[0]!.id, rival[0]!.id, solo.id], featuredBestId: null }),
    );
    expect(unknownStage.code).toBe("NOT_FOUND");
    expect(await db.podiumCall.count({ where: { userId: player.id } })).toBe(0);
  });

  it("racing the lock: each call lands wholly before the start or not at all", async () => {
    const db = testDb();
    const { event, featured, rival, solo, stages: created } = await createPlayEvent(db, [await dbTimeIn(db, HOUR)]);
    const outcomes = await raceTheLock(db, created[0]!.id, (userId) =>
      savePodiumCall(db, {
        userId,
        eventSlug: event.slug,
        stageNumber: 0,
        podium: [featured[0]!.id, rival[0]!.id, solo.id],
        featuredBestId: null,
      }),
    );
    const stages = [await db.stage.findUniqueOrThrow({ where: { id: created[0]!.id } })];
    const acceptedCalls = outcomes.filter((outcome) => outcome === "accepted").length;
    expect(acceptedCalls).toBeGreaterThan(0);
    expect(acceptedCalls).toBeLessThan(outcomes.length);
    const calls = await db.podiumCall.findMany({ where: { stageId: stages[0]!.id } });
    expect(calls).toHaveLength(acceptedCalls);
    for (const call of calls) expect(call.updatedAt.getTime()).toBeLessThanOrEqual(stages[0]!.startsAt.getTime());
  });
});
