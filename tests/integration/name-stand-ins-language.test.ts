import { afterAll, describe, expect, it, vi } from "vitest";
import { createLeague } from "@/lib/server/leagues/create-league";
import { joinLeague } from "@/lib/server/leagues/join-league";
import { getLeague } from "@/lib/server/leagues/get-league";
import { getLeagueInvite } from "@/lib/server/leagues/get-league-invite";
import { getPlayerProfile } from "@/lib/server/players/get-player-page";
import { getNameStandIns } from "@/lib/server/i18n/name-stand-ins";
import { createEvent, createUser } from "@/tests/factories";
import { testDb } from "./helpers/db";
import { signInAs } from "./helpers/fake-session";

// A deleted league owner and a player without a display name are named on the league, invite and
// player pages in the reader's language (here their browser's: nobody is signed in).

const browser = vi.hoisted(() => ({ language: "fr" }));

vi.mock("@/auth", async () => {
  const { fakeSession } = await import("./helpers/fake-session");
  return { auth: async () => fakeSession.current, signIn: vi.fn(), signOut: vi.fn(), handlers: {} };
});
vi.mock("next/headers", () => ({
  headers: async () => new Headers({ "accept-language": browser.language }),
  cookies: async () => ({ get: () => undefined }),
}));

afterAll(() => signInAs(null));

async function leagueOfDeletedOwner() {
  const db = testDb();
  const event = await createEvent(db);
  const [owner, unnamed, stranger] = await Promise.all([createUser(db), createUser(db), createUser(db)]);
  const league = await createLeague(db, { ownerId: owner.id, eventId: event.id, name: "Dune Foxes" });
  await joinLeague(db, { userId: unnamed.id, code: league.inviteCode });
  await db.user.update({ where: { id: owner.id }, data: { deletedAt: new Date() } });
  await db.user.update({ where: { id: unnamed.id }, data: { displayName: null } });
  return { db, owner, unnamed, stranger, league };
}

describe("deleted and unnamed players in the reader's language", () => {
  it("names them in French on the league, its invite and the player's page", async () => {
    browser.language = "fr-FR,fr;q=0.9";
    const { db, owner, unnamed, stranger, league } = await leagueOfDeletedOwner();
    const standIns = await getNameStandIns();

    const details = await getLeague(db, league.id, unnamed.id, standIns);
    expect(details.ownerName).toBe("Joueur supprimé");
    expect(details.members).toEqual([
      expect.objectContaining({ userId: owner.id, name: "Joueur supprimé" }),
      expect.objectContaining({ userId: unnamed.id, name: "Joueur" }),
    ]);
    expect((await getLeagueInvite(db, league.inviteCode, stranger.id, standIns))?.ownerName).toBe("Joueur supprimé");
    expect((await getPlayerProfile(db, unnamed.id, standIns))?.name).toBe("Joueur");

    // Without the page's words (the API, tests): English.
    expect((await getLeague(db, league.id, unnamed.id)).ownerName).toBe("Deleted player");
  });

  it("names them in Arabic for an Arabic browser", async () => {
    browser.language = "ar-SA,ar;q=0.9";
    const { db, unnamed, stranger, league } = await leagueOfDeletedOwner();
    const standIns = await getNameStandIns();
    expect((await getLeagueInvite(db, league.inviteCode, stranger.id, standIns))?.ownerName).toBe("لاعب محذوف");
    expect((await getPlayerProfile(db, unnamed.id, standIns))?.name).toBe("لاعب");
  });
});
