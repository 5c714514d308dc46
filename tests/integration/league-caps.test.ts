import { describe, expect, it } from "vitest";
import type { Db } from "@/lib/server/db";
import { AppError, mapError } from "@/lib/server/errors";
import { MAX_LEAGUE_MEMBERS, MAX_LEAGUES_PER_EVENT, MAX_OWNED_LEAGUES_PER_EVENT } from "@/lib/game/leagues";
import { createLeague } from "@/lib/server/leagues/create-league";
import { joinLeague } from "@/lib/server/leagues/join-league";
import { createEvent, createUser, randomSuffix } from "@/tests/factories";
import { testDb } from "./helpers/db";
import { refusal } from "./helpers/results-event";

const FULL = `This league is full: it already has ${MAX_LEAGUE_MEMBERS} members, the most allowed.`;

/** Adds `count` new players to a league straight in the tables. */
async function addBulkMembers(db: Db, leagueId: number, count: number) {
  const prefix = `bulk-${randomSuffix()}`;
  await db.$executeRaw`
    WITH players AS (
      INSERT INTO "user" (email, display_name, updated_at)
      SELECT ${prefix} || '-' || n || '@example.test', ${prefix} || ' ' || n, now() FROM generate_series(1, ${count}::int) AS n
      RETURNING id
    )
    INSERT INTO league_member (league_id, user_id) SELECT ${leagueId}, id FROM players`;
}

/** `count` leagues of other owners in the event, with `playerId` already a member of each. */
async function leaguesWithPlayer(db: Db, eventId: number, playerId: string, count: number) {
  const leagues = [];
  for (let index = 0; index < count; index += 1) {
    const owner = await createUser(db);
    const league = await createLeague(db, { ownerId: owner.id, eventId, name: `League ${index + 1}` });
    await db.leagueMember.create({ data: { leagueId: league.id, userId: playerId } });
    leagues.push(league);
  }
  return leagues;
}

/** A refusal as the English API and forms word it (domain errors carry message keys). */
async function englishRefusal(promise: Promise<unknown>) {
  return mapError(await refusal(promise));
}

/** Fulfilled and rejected outcomes; every rejection must be the AppError with `message`. */
async function settle(promises: Promise<unknown>[], message: string) {
  const outcomes = await Promise.allSettled(promises);
  const rejected = outcomes.filter((outcome) => outcome.status === "rejected").map((outcome) => outcome.reason as unknown);
  for (const reason of rejected) {
    expect(reason).toBeInstanceOf(AppError);
    expect(mapError(reason)).toMatchObject({ code: "CONFLICT", message });
  }
  return { fulfilled: outcomes.length - rejected.length, rejected: rejected.length };
}

describe("league caps", () => {
  it("a player owns at most 5 leagues per event, and may still own more in another event", async () => {
    const db = testDb();
    const [event, other] = await Promise.all([createEvent(db), createEvent(db)]);
    const owner = await createUser(db);
    for (let index = 0; index < MAX_OWNED_LEAGUES_PER_EVENT; index += 1)
      await createLeague(db, { ownerId: owner.id, eventId: event.id, name: `Mine ${index}` });
    const refused = await englishRefusal(createLeague(db, { ownerId: owner.id, eventId: event.id, name: "One too many" }));
    expect(refused).toMatchObject({
      code: "CONFLICT",
      message: "You already own 5 leagues in this event, the most allowed. Delete one to create another.",
    });
    expect(await db.league.count({ where: { ownerId: owner.id, eventId: event.id } })).toBe(MAX_OWNED_LEAGUES_PER_EVENT);
    await createLeague(db, { ownerId: owner.id, eventId: other.id, name: "Elsewhere" });
  });

  it("a player belongs to at most 20 leagues per event, counting joins and creations", async () => {
    const db = testDb();
    const event = await createEvent(db);
    const player = await createUser(db);
    const [last, extra] = await leaguesWithPlayer(db, event.id, (await createUser(db)).id, 2);
    await leaguesWithPlayer(db, event.id, player.id, MAX_LEAGUES_PER_EVENT - 1);
    await joinLeague(db, { userId: player.id, code: last!.inviteCode });
    const joining = await englishRefusal(joinLeague(db, { userId: player.id, code: extra!.inviteCode }));
    expect(joining.message).toBe("You are already in 20 leagues in this event, the most allowed. Leave one to join this one.");
    const creating = await englishRefusal(createLeague(db, { ownerId: player.id, eventId: event.id, name: "My own" }));
    expect(creating.message).toBe("You are already in 20 leagues in this event, the most allowed. Leave one to create another.");
    // Joining one already joined is still fine at the cap.
    expect(await joinLeague(db, { userId: player.id, code: last!.inviteCode })).toMatchObject({ isAlreadyMember: true });
  });

  it("a league holds at most 200 members; a member rejoining a full league is still fine", async () => {
    const db = testDb();
    const event = await createEvent(db);
    const owner = await createUser(db);
    const league = await createLeague(db, { ownerId: owner.id, eventId: event.id, name: "Crowded" });
    await addBulkMembers(db, league.id, MAX_LEAGUE_MEMBERS - 1);
    const latecomer = await createUser(db);
    expect(await englishRefusal(joinLeague(db, { userId: latecomer.id, code: league.inviteCode }))).toMatchObject({
      code: "CONFLICT",
      message: FULL,
    });
    expect(await joinLeague(db, { userId: owner.id, code: league.inviteCode })).toEqual({ leagueId: league.id, isAlreadyMember: true });
  });
});

describe("league cap races", () => {
  it("10 joins at once for 3 free places: exactly 3 get in", async () => {
    const db = testDb();
    const event = await createEvent(db);
    const owner = await createUser(db);
    const league = await createLeague(db, { ownerId: owner.id, eventId: event.id, name: "Last seats" });
    await addBulkMembers(db, league.id, MAX_LEAGUE_MEMBERS - 4);
    const players = await Promise.all(Array.from({ length: 10 }, () => createUser(db)));
    const outcome = await settle(
      players.map((player) => joinLeague(db, { userId: player.id, code: league.inviteCode })),
      FULL,
    );
    expect(outcome).toEqual({ fulfilled: 3, rejected: 7 });
    expect(await db.leagueMember.count({ where: { leagueId: league.id } })).toBe(MAX_LEAGUE_MEMBERS);
  });

  it("one player joining 5 leagues at once with 2 places left under their cap gets exactly 2", async () => {
    const db = testDb();
    const event = await createEvent(db);
    const player = await createUser(db);
    await leaguesWithPlayer(db, event.id, player.id, MAX_LEAGUES_PER_EVENT - 2);
    const targets = await leaguesWithPlayer(db, event.id, (await createUser(db)).id, 5);
    const outcome = await settle(
      targets.map((league) => joinLeague(db, { userId: player.id, code: league.inviteCode })),
      "You are already in 20 leagues in this event, the most allowed. Leave one to join this one.",
    );
    expect(outcome).toEqual({ fulfilled: 2, rejected: 3 });
    expect(await db.leagueMember.count({ where: { userId: player.id, league: { eventId: event.id } } })).toBe(MAX_LEAGUES_PER_EVENT);
  });

  it("one player creating 4 leagues at once with 2 left under the owner cap gets exactly 2", async () => {
    const db = testDb();
    const event = await createEvent(db);
    const owner = await createUser(db);
    for (let index = 0; index < MAX_OWNED_LEAGUES_PER_EVENT - 2; index += 1)
      await createLeague(db, { ownerId: owner.id, eventId: event.id, name: `Mine ${index}` });
    const outcome = await settle(
      Array.from({ length: 4 }, (_, index) => createLeague(db, { ownerId: owner.id, eventId: event.id, name: `Rush ${index}` })),
      "You already own 5 leagues in this event, the most allowed. Delete one to create another.",
    );
    expect(outcome).toEqual({ fulfilled: 2, rejected: 2 });
    expect(await db.league.count({ where: { ownerId: owner.id, eventId: event.id } })).toBe(MAX_OWNED_LEAGUES_PER_EVENT);
  });
});
