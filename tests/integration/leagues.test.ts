import { afterAll, describe, expect, it, vi } from "vitest";
import { redirect } from "next/navigation";
import { mapError } from "@/lib/server/errors";
import { INVITE_CODE_PATTERN } from "@/lib/game/leagues";
import { createLeague } from "@/lib/server/leagues/create-league";
import { joinLeague } from "@/lib/server/leagues/join-league";
import { renameLeague } from "@/lib/server/leagues/rename-league";
import { regenerateInviteCode } from "@/lib/server/leagues/regenerate-invite-code";
import { removeLeagueMember } from "@/lib/server/leagues/remove-league-member";
import { deleteLeague } from "@/lib/server/leagues/delete-league";
import { leaveLeague } from "@/lib/server/leagues/leave-league";
import { listMyLeagues } from "@/lib/server/leagues/list-my-leagues";
import { getLeague } from "@/lib/server/leagues/get-league";
import { getLeagueInvite } from "@/lib/server/leagues/get-league-invite";
import * as actions from "@/lib/server/actions/leagues";
import { createEvent, createUser } from "@/tests/factories";
import { form, refused } from "./helpers/action-forms";
import { testDb } from "./helpers/db";
import { signInAs } from "./helpers/fake-session";
import { refusal as appRefusal } from "./helpers/results-event";
import { storeStandings } from "./helpers/leagues";

vi.mock("@/auth", async () => {
  const { fakeSession } = await import("./helpers/fake-session");
  return { auth: async () => fakeSession.current, signIn: vi.fn(), signOut: vi.fn(), handlers: {} };
});
vi.mock("next/cache", () => ({ revalidatePath: vi.fn(), revalidateTag: vi.fn() }));
vi.mock("next/navigation", () => ({ redirect: vi.fn(), notFound: vi.fn(), forbidden: vi.fn() }));

afterAll(() => signInAs(null));

/** A data function's refusal as the API words it (English): its message keys translated. */
const refusal = async (promise: Promise<unknown>) => mapError(await appRefusal(promise));

const NOT_FOUND = "That league does not exist, or you are not a member of it.";

/** An upcoming event with an owner's league and one more member. */
async function leagueWithMember() {
  const db = testDb();
  const event = await createEvent(db);
  const [owner, member, stranger] = await Promise.all([createUser(db), createUser(db), createUser(db)]);
  const league = await createLeague(db, { ownerId: owner.id, eventId: event.id, name: "Dune Foxes" });
  await joinLeague(db, { userId: member.id, code: league.inviteCode });
  return { db, event, owner, member, stranger, league };
}

describe("creating and joining", () => {
  it("creates from the form with a normalised name, the owner as first member, and opens the league", async () => {
    const db = testDb();
    const event = await createEvent(db);
    const owner = await createUser(db);
    signInAs({ id: owner.id, role: "PLAYER" });
    vi.mocked(redirect).mockClear();
    await actions.createLeagueAction(null, form({ name: "  Office   Dakar  Club ", eventId: event.id }));
    const league = await db.league.findFirstOrThrow({ where: { ownerId: owner.id }, include: { members: true } });
    expect(league.name).toBe("Office Dakar Club");
    expect(league.inviteCode).toMatch(INVITE_CODE_PATTERN);
    expect(league.members.map((member) => member.userId)).toEqual([owner.id]);
    expect(redirect).toHaveBeenCalledWith(`/leagues/${league.id}?created=1`);
  });

  it("refuses a bad name or a missing event next to the field, keeping what was typed", async () => {
    const db = testDb();
    const owner = await createUser(db);
    signInAs({ id: owner.id, role: "PLAYER" });
    const result = refused(await actions.createLeagueAction(null, form({ name: "Dune\tFoxes", eventId: "" })));
    expect(result).toMatchObject({
      code: "INVALID",
      fieldErrors: {
        name: ["Remove the tab, line break or other invisible control character from the name"],
        eventId: ["Choose an event"],
      },
      values: { name: "Dune\tFoxes" },
    });
    const tooLong = refused(await actions.createLeagueAction(null, form({ name: "x".repeat(41), eventId: 1 })));
    expect(tooLong.fieldErrors?.name).toEqual(["Use at most 40 characters (this name has 41)"]);
    expect(await db.league.count({ where: { ownerId: owner.id } })).toBe(0);
  });

  it("creates only in upcoming and live events", async () => {
    const db = testDb();
    const owner = await createUser(db);
    const [completed, draft] = await Promise.all([createEvent(db, { status: "COMPLETED" }), createEvent(db, { status: "DRAFT" })]);
    const over = await refusal(createLeague(db, { ownerId: owner.id, eventId: completed.id, name: "Too late" }));
    expect(over).toMatchObject({
      code: "INVALID",
      message: "That event is over: leagues can be created for upcoming and live events only.",
    });
    expect((await refusal(createLeague(db, { ownerId: owner.id, eventId: draft.id, name: "Too early" }))).code).toBe("NOT_FOUND");
    const live = await createEvent(db, { status: "LIVE" });
    expect((await createLeague(db, { ownerId: owner.id, eventId: live.id, name: "Just in time" })).id).toBeGreaterThan(0);
  });

  it("joins by code (typed in any case, with spaces), idempotently, and an unknown code says so", async () => {
    const { db, league, stranger } = await leagueWithMember();
    signInAs({ id: stranger.id, role: "PLAYER" });
    vi.mocked(redirect).mockClear();
    const typed = `${league.inviteCode.slice(0, 4).toLowerCase()} ${league.inviteCode.slice(4)}`;
    await actions.joinLeagueAction(null, form({ code: typed }));
    expect(redirect).toHaveBeenCalledWith(`/leagues/${league.id}`);
    expect(await joinLeague(db, { userId: stranger.id, code: league.inviteCode })).toEqual({ leagueId: league.id, isAlreadyMember: true });
    expect(await db.leagueMember.count({ where: { leagueId: league.id } })).toBe(3);

    const unknown = refused(await actions.joinLeagueAction(null, form({ code: "ZZZZ2222" })));
    expect(unknown.code).toBe("NOT_FOUND");
    expect(unknown.fieldErrors?.code?.[0]).toMatch(/^No league has that invite code/);
    const malformed = refused(await actions.joinLeagueAction(null, form({ code: "AB-01" })));
    expect(malformed.fieldErrors?.code).toEqual(["An invite code has 8 characters"]);
  });

  it("shows the invite page to a code holder, with whether they are in already", async () => {
    const { db, league, member, stranger, owner } = await leagueWithMember();
    await db.user.update({ where: { id: owner.id }, data: { displayName: `Owner ${owner.id.slice(0, 8)}` } });
    expect(await getLeagueInvite(db, league.inviteCode, stranger.id)).toMatchObject({
      id: league.id,
      name: "Dune Foxes",
      ownerName: `Owner ${owner.id.slice(0, 8)}`,
      memberCount: 2,
      isMember: false,
      isFull: false,
    });
    expect((await getLeagueInvite(db, league.inviteCode, member.id))?.isMember).toBe(true);
    expect(await getLeagueInvite(db, "ZZZZ2222", stranger.id)).toBeNull();
  });
});

describe("owner controls", () => {
  it("renames: the owner only, with the name rules", async () => {
    const { db, league, owner, member, stranger } = await leagueWithMember();
    signInAs({ id: owner.id, role: "PLAYER" });
    expect(await actions.renameLeagueAction(null, form({ leagueId: league.id, name: " Sand  Storm " }))).toEqual({
      ok: true,
      message: "League renamed to Sand Storm.",
    });
    expect(refused(await actions.renameLeagueAction(null, form({ leagueId: league.id, name: "ab" }))).fieldErrors?.name).toEqual([
      "Use at least 3 characters (this name has 2)",
    ]);
    expect(await refusal(renameLeague(db, { userId: member.id, leagueId: league.id, name: "Mine now" }))).toMatchObject({
      code: "FORBIDDEN",
      message: "Only the league's owner can rename it.",
    });
    expect(await refusal(renameLeague(db, { userId: stranger.id, leagueId: league.id, name: "Mine now" }))).toMatchObject({
      code: "NOT_FOUND",
      message: NOT_FOUND,
    });
    expect((await db.league.findUniqueOrThrow({ where: { id: league.id } })).name).toBe("Sand Storm");
  });

  it("regenerates the code: the old one stops working, the new one joins", async () => {
    const { db, league, owner, member, stranger } = await leagueWithMember();
    expect((await refusal(regenerateInviteCode(db, { userId: member.id, leagueId: league.id }))).code).toBe("FORBIDDEN");
    const { inviteCode } = await regenerateInviteCode(db, { userId: owner.id, leagueId: league.id });
    expect(inviteCode).not.toBe(league.inviteCode);
    expect(inviteCode).toMatch(INVITE_CODE_PATTERN);
    expect((await refusal(joinLeague(db, { userId: stranger.id, code: league.inviteCode }))).code).toBe("NOT_FOUND");
    expect(await getLeagueInvite(db, league.inviteCode, stranger.id)).toBeNull();
    expect(await joinLeague(db, { userId: stranger.id, code: inviteCode })).toEqual({ leagueId: league.id, isAlreadyMember: false });
  });

  it("removes a member, never the owner, and only by the owner", async () => {
    const { db, league, owner, member, stranger } = await leagueWithMember();
    signInAs({ id: member.id, role: "PLAYER" });
    expect(refused(await actions.removeLeagueMemberAction(null, form({ leagueId: league.id, memberId: owner.id }))).code).toBe("FORBIDDEN");
    signInAs({ id: owner.id, role: "PLAYER" });
    expect(refused(await actions.removeLeagueMemberAction(null, form({ leagueId: league.id, memberId: owner.id })))).toMatchObject({
      code: "INVALID",
      message: "You own this league, so you cannot remove yourself. Delete the league instead.",
    });
    expect(refused(await actions.removeLeagueMemberAction(null, form({ leagueId: league.id, memberId: stranger.id }))).code).toBe(
      "NOT_FOUND",
    );
    expect(await actions.removeLeagueMemberAction(null, form({ leagueId: league.id, memberId: member.id }))).toEqual({
      ok: true,
      message: "Member removed.",
    });
    expect(await db.leagueMember.findMany({ where: { leagueId: league.id }, select: { userId: true } })).toEqual([{ userId: owner.id }]);
    expect((await refusal(getLeague(db, league.id, member.id))).code).toBe("NOT_FOUND");
    expect((await refusal(removeLeagueMember(db, { userId: stranger.id, leagueId: league.id, memberId: owner.id }))).code).toBe(
      "NOT_FOUND",
    );
  });

  it("deletes the league and its memberships, leaving standings alone", async () => {
    const { db, event, league, owner, member } = await leagueWithMember();
    await storeStandings(db, event.id, [{ userId: member.id, rank: 1, total: 40 }]);
    expect((await refusal(deleteLeague(db, { userId: member.id, leagueId: league.id }))).message).toBe(
      "Only the league's owner can delete it.",
    );
    signInAs({ id: owner.id, role: "PLAYER" });
    vi.mocked(redirect).mockClear();
    await actions.deleteLeagueAction(null, form({ leagueId: league.id }));
    expect(redirect).toHaveBeenCalledWith("/leagues?notice=deleted");
    expect(await db.league.count({ where: { id: league.id } })).toBe(0);
    expect(await db.leagueMember.count({ where: { leagueId: league.id } })).toBe(0);
    expect(await db.standing.count({ where: { eventId: event.id } })).toBe(1);
    expect((await refusal(joinLeague(db, { userId: member.id, code: league.inviteCode }))).code).toBe("NOT_FOUND");
  });
});

describe("members", () => {
  it("leave; the owner cannot and is told to delete instead", async () => {
    const { db, league, owner, member, stranger } = await leagueWithMember();
    signInAs({ id: owner.id, role: "PLAYER" });
    expect(refused(await actions.leaveLeagueAction(null, form({ leagueId: league.id })))).toMatchObject({
      code: "INVALID",
      message: "You own this league, so you cannot leave it: delete it instead (everyone's scores stay on the event leaderboard).",
    });
    expect((await refusal(leaveLeague(db, { userId: stranger.id, leagueId: league.id }))).code).toBe("NOT_FOUND");
    signInAs({ id: member.id, role: "PLAYER" });
    vi.mocked(redirect).mockClear();
    await actions.leaveLeagueAction(null, form({ leagueId: league.id }));
    expect(redirect).toHaveBeenCalledWith("/leagues?notice=left");
    expect(await db.leagueMember.count({ where: { leagueId: league.id, userId: member.id } })).toBe(0);
  });

  it("list their leagues with their rank among the members, and read one only as a member", async () => {
    const { db, event, league, owner, member, stranger } = await leagueWithMember();
    await storeStandings(db, event.id, [
      { userId: stranger.id, rank: 1, total: 90 },
      { userId: member.id, rank: 2, total: 80 },
      { userId: owner.id, rank: 3, total: 70 },
    ]);
    const [mine] = await listMyLeagues(db, owner.id);
    expect(mine).toMatchObject({
      id: league.id,
      name: "Dune Foxes",
      isOwner: true,
      memberCount: 2,
      myRank: 2,
      event: { id: event.id, slug: event.slug },
    });
    expect((await listMyLeagues(db, member.id))[0]).toMatchObject({ isOwner: false, myRank: 1 });
    expect(await listMyLeagues(db, stranger.id)).toEqual([]);

    const details = await getLeague(db, league.id, member.id);
    expect(details).toMatchObject({ name: "Dune Foxes", isOwner: false, inviteCode: league.inviteCode });
    expect(details.members.map((row) => row.userId)).toEqual([owner.id, member.id]);
    expect(await refusal(getLeague(db, league.id, stranger.id))).toMatchObject({ code: "NOT_FOUND", message: NOT_FOUND });
  });

  it("a non-member cannot act on a league, and learns nothing from trying", async () => {
    const { league, stranger } = await leagueWithMember();
    signInAs({ id: stranger.id, role: "PLAYER" });
    const attempts = [
      actions.renameLeagueAction(null, form({ leagueId: league.id, name: "Taken over" })),
      actions.regenerateInviteCodeAction(null, form({ leagueId: league.id })),
      actions.deleteLeagueAction(null, form({ leagueId: league.id })),
      actions.leaveLeagueAction(null, form({ leagueId: league.id })),
    ];
    for (const result of await Promise.all(attempts)) expect(refused(result)).toMatchObject({ code: "NOT_FOUND", message: NOT_FOUND });
    const missing = refused(await actions.renameLeagueAction(null, form({ leagueId: league.id + 100_000, name: "Ghost" })));
    expect(missing.message).toBe(NOT_FOUND);
  });
});
