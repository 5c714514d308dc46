import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { createUser } from "@/tests/factories";
import { testDb } from "./helpers/db";
import { actions, callAction as callEntryPoint, routes } from "./helpers/entry-points";
import { signInAs, signInAsCurrent } from "./helpers/fake-session";

vi.mock("@/auth", async () => {
  const { fakeSession } = await import("./helpers/fake-session");
  return {
    auth: async () => fakeSession.current,
    signIn: vi.fn(async () => undefined),
    signOut: vi.fn(async () => undefined),
    handlers: { GET: async () => new Response(null, { status: 200 }), POST: async () => new Response(null, { status: 200 }) },
  };
});
vi.mock("next/headers", () => ({ headers: async () => new Headers({ "x-forwarded-for": "198.51.100.7" }) }));
vi.mock("next/cache", () => ({ revalidatePath: vi.fn(), revalidateTag: vi.fn() }));

type Access = "public" | "user" | "admin";

// Every server action and route handler, with who may use it. A new entry point that is not
// listed here fails the first test; a listed one that forgets its guard fails the others.
const ACTIONS: Record<string, Access> = {
  "auth.signInAction": "public",
  "auth.signUpAction": "public",
  "auth.signOutAction": "public",
  "auth.oauthSignInAction": "public",
  "locale.changeLocaleAction": "public",
  "account.changeDisplayNameAction": "user",
  "account.changePasswordAction": "user",
  "account.deleteAccountAction": "user",
  "account.signOutEverywhereAction": "user",
  "email.confirmEmailAction": "public",
  "email.requestPasswordResetAction": "public",
  "email.resetPasswordAction": "public",
  "email.unsubscribeAction": "public",
  "email.resendVerificationAction": "user",
  "email.saveNotificationPreferencesAction": "user",
  "admin-users.setUserRoleAction": "admin",
  "admin-events.createSeasonAction": "admin",
  "admin-events.updateSeasonAction": "admin",
  "admin-events.createEventAction": "admin",
  "admin-events.updateEventAction": "admin",
  "admin-event-field.createTeamAction": "admin",
  "admin-event-field.updateTeamAction": "admin",
  "admin-event-field.createCrewAction": "admin",
  "admin-event-field.updateCrewAction": "admin",
  "admin-event-field.setCrewRetirementAction": "admin",
  "admin-stages.createStageAction": "admin",
  "admin-stages.updateStageAction": "admin",
  "admin-stages.moveStageStartAction": "admin",
  "admin-stages.setStageCancelledAction": "admin",
  "admin-stages.lockStageNowAction": "admin",
  "admin-race-day.importEntryListAction": "admin",
  "admin-race-day.confirmPricesAction": "admin",
  "admin-race-day.saveTimetableAction": "admin",
  "play.savePodiumCallAction": "user",
  "replay.startReplayAction": "user",
  "replay.saveReplayRosterAction": "user",
  "replay.saveReplayCallAction": "user",
  "replay.revealReplayStageAction": "user",
  "replay.abandonReplayAction": "user",
  "admin-results.stageResultsAction": "admin",
  "admin-results.finalResultsAction": "admin",
  "leagues.createLeagueAction": "user",
  "leagues.joinLeagueAction": "user",
  "leagues.renameLeagueAction": "user",
  "leagues.regenerateInviteCodeAction": "user",
  "leagues.removeLeagueMemberAction": "user",
  "leagues.deleteLeagueAction": "user",
  "leagues.leaveLeagueAction": "user",
  "notification-channels.getPushStateAction": "user",
  "notification-channels.subscribePushAction": "user",
  "notification-channels.unsubscribePushAction": "user",
  "notification-channels.sendTestPushAction": "user",
  "notification-channels.replaceCalendarFeedAction": "user",
};
const ROUTES: Record<string, Access> = {
  "api/auth/[...nextauth]/route.ts": "public",
  "api/v1/events/route.ts": "public",
  "api/v1/events/[slug]/route.ts": "public",
  "api/v1/events/[slug]/crews/route.ts": "public",
  "api/v1/events/[slug]/results/route.ts": "public",
  "api/v1/events/[slug]/stages/[number]/route.ts": "public",
  "api/v1/events/[slug]/stages/[number]/leaderboard/route.ts": "public",
  "api/v1/events/[slug]/leaderboard/route.ts": "public",
  "api/v1/events/[slug]/leaderboard.csv/route.ts": "public",
  "api/v1/leagues/[id]/leaderboard/route.ts": "user",
  "api/v1/events/[slug]/live/route.ts": "public",
  "api/unsubscribe/route.ts": "public",
  "api/play/[slug]/roster/route.ts": "user",
  "api/v1/events/[slug]/calendar.ics/route.ts": "public",
  // No session: the secret token in the URL is the credential (calendar apps send no cookies).
  "api/v1/calendar/[token]/route.ts": "public",
};

/** The code an action answers with; a throw (a redirect included) is described instead. */
async function callAction(fn: (typeof actions)[number]["fn"]): Promise<{ code?: string }> {
  const formData = new FormData();
  formData.set("email", "someone@example.test");
  const outcome = await callEntryPoint(fn, formData);
  if (outcome.kind === "redirect") return { code: `redirected to ${outcome.to}` };
  if (outcome.kind === "threw") return { code: `threw ${(outcome.error as Error).message}` };
  return { code: outcome.result?.code };
}

describe("authorization matrix", () => {
  let player: { id: string; role: "PLAYER" };
  let admin: { id: string; role: "ADMIN" };

  beforeAll(async () => {
    const db = testDb();
    player = { id: (await createUser(db)).id, role: "PLAYER" };
    admin = { id: (await createUser(db, { role: "ADMIN" })).id, role: "ADMIN" };
  });
  afterAll(() => signInAs(null));

  it("lists every server action and route handler", () => {
    expect(actions.map((action) => action.id).sort()).toEqual(Object.keys(ACTIONS).sort());
    expect([...new Set(routes.map((route) => route.id))].sort()).toEqual(Object.keys(ROUTES).sort());
  });

  const guarded = Object.entries(ACTIONS).filter(([, access]) => access !== "public");

  it.each(guarded)("%s refuses a visitor", async (id) => {
    signInAs(null);
    const action = actions.find((candidate) => candidate.id === id)!;
    expect((await callAction(action.fn)).code).toBe("UNAUTHENTICATED");
  });

  it.each(guarded.filter(([, access]) => access === "admin"))("%s refuses a player", async (id) => {
    await signInAsCurrent(testDb(), player);
    const action = actions.find((candidate) => candidate.id === id)!;
    expect((await callAction(action.fn)).code).toBe("FORBIDDEN");
  });

  it.each(guarded)("%s lets its own role through the guard", async (id, access) => {
    await signInAsCurrent(testDb(), access === "admin" ? admin : player);
    const action = actions.find((candidate) => candidate.id === id)!;
    const { code } = await callAction(action.fn);
    expect(code).not.toBe("UNAUTHENTICATED");
    expect(code).not.toBe("FORBIDDEN");
  });

  it.each(routes.filter((route) => ROUTES[route.id] !== "public"))("$method $id refuses a visitor", async ({ fn }) => {
    signInAs(null);
    expect((await fn(new Request("http://localhost/"), { params: Promise.resolve({}) })).status).toBe(401);
  });

  it("a player cannot grant themselves admin, and nothing is written", async () => {
    const db = testDb();
    await signInAsCurrent(testDb(), player);
    const action = actions.find((candidate) => candidate.id === "admin-users.setUserRoleAction")!;
    const me = await db.user.findUniqueOrThrow({ where: { id: player.id } });
    const formData = new FormData();
    formData.set("email", me.email!);
    formData.set("role", "ADMIN");
    const result = (await action.fn(null, formData)) as { code?: string };
    expect(result.code).toBe("FORBIDDEN");
    expect((await db.user.findUniqueOrThrow({ where: { id: player.id } })).role).toBe("PLAYER");
  });
});
