import fc from "fast-check";
import { NextRequest } from "next/server";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { createLeague } from "@/lib/server/leagues/create-league";
import { createUser, randomSuffix } from "@/tests/factories";
import { createApiEvent } from "./helpers/api-event";
import { changedTables, fingerprintDatabase } from "./helpers/db-fingerprint";
import { testDb } from "./helpers/db";
import { actions, callAction, routes, routeUrl, type ActionOutcome } from "./helpers/entry-points";
import { signInAs } from "./helpers/fake-session";
import { hostileForm, hostileParams, hostileQuery, toFormData, valueFor, type HostileWorld } from "./helpers/hostile-input";
import { createPlayEvent, dbTimeIn } from "./helpers/play-event";

// Auth.js's own route handlers run for real, so they need their secret.
vi.hoisted(() => {
  process.env.AUTH_SECRET ??= "bad-input-test-secret-0123456789abcdef";
});
vi.mock("@/auth", async (importOriginal) => {
  const [real, { fakeSession }, { CredentialsSignin }] = await Promise.all([
    importOriginal<typeof import("@/auth")>(),
    import("./helpers/fake-session"),
    import("next-auth"),
  ]);
  return {
    ...real,
    auth: async () => fakeSession.current,
    // No generated email and password belong to an account, so every credentials check fails.
    signIn: vi.fn(async () => {
      throw new CredentialsSignin();
    }),
    signOut: vi.fn(async () => undefined),
  };
});
vi.mock("next/headers", () => ({ headers: async () => new Headers({ "x-forwarded-for": "198.51.100.7" }) }));
vi.mock("next/cache", () => ({ revalidatePath: vi.fn(), revalidateTag: vi.fn() }));

type SessionUser = { id: string; role: "PLAYER" | "ADMIN" } | null;

const ACTION_RUNS = 25;
const VISITOR_RUNS = 5;
const ROUTE_RUNS = 30;
/** A failure shrinks for at most this long; the test then reports the smallest input found so far. */
const FC_OPTIONS = { interruptAfterTimeLimit: 20_000, markInterruptAsFailure: true };
const TEST_TIMEOUT = 60_000;
const GENERIC_FORM_MESSAGE = "Check the highlighted fields.";
const HOUR = 3_600_000;

function describeError(error: unknown): string {
  return error instanceof Error ? `${error.name}: ${error.message}\n${error.stack ?? ""}` : String(error);
}

/** A refusal the user can act on: never a crash, a 500 or an unhighlighted "check the fields". */
function expectClearOutcome(id: string, outcome: ActionOutcome) {
  if (outcome.kind === "threw") expect.fail(`${id} threw ${describeError(outcome.error)}`);
  if (outcome.kind === "redirect" || outcome.result === undefined) return;
  const { ok, code, message, fieldErrors } = outcome.result;
  expect(code, message).not.toBe("INTERNAL");
  expect(code, message).not.toBe("UNAVAILABLE");
  if (ok) return;
  expect(message?.trim()).toBeTruthy();
  if (message === GENERIC_FORM_MESSAGE) expect(Object.values(fieldErrors ?? {}).flat().length, "a field to highlight").toBeGreaterThan(0);
}

async function expectNoWrite(id: string, before: Record<string, string>) {
  const after = await fingerprintDatabase(testDb());
  expect(changedTables(before, after), `${id} wrote to the database`).toEqual([]);
}

describe("hostile input at every server action and route handler", () => {
  let world: HostileWorld;
  let player: SessionUser;
  let admin: SessionUser;
  let restoreConsole: () => void;

  beforeAll(async () => {
    const db = testDb();
    const suffix = randomSuffix().slice(0, 6);
    // An event with published and draft results, standings, calls, a deleted player and an open stage.
    const open = await createApiEvent(db);
    // An event whose every stage has started: its crews can never make a roster that saves.
    const closed = await createPlayEvent(db, [await dbTimeIn(db, -2 * HOUR), await dbTimeIn(db, -HOUR)]);
    await db.event.update({ where: { id: closed.event.id }, data: { status: "COMPLETED" } });
    const owner = await createUser(db, { displayName: `Taken ${suffix}` });
    const member = await createUser(db);
    const league = await createLeague(db, { ownerId: owner.id, eventId: open.event.id, name: "Somebody else's league" });
    await db.leagueMember.create({ data: { leagueId: league.id, userId: member.id } });
    // Passwords, so that deleting the account or changing the password needs one no input guesses.
    player = { id: (await createUser(db, { password: `player-${suffix}-password` })).id, role: "PLAYER" };
    admin = { id: (await createUser(db, { role: "ADMIN", password: `admin-${suffix}-password` })).id, role: "ADMIN" };
    world = {
      slugs: [open.event.slug, closed.event.slug],
      stageIds: [...open.stages, ...closed.stages].map((stage) => stage.id),
      crewIds: [...closed.featured, ...closed.rival, closed.solo].map((crew) => crew.id),
      leagueIds: [league.id],
      otherUserIds: [owner.id, member.id, open.players.formula.id, open.players.deleted.id],
      takenDisplayName: owner.displayName!,
    };
    // Auth.js logs every refused request; the app's own errors still print.
    const original = console.error;
    const spy = vi.spyOn(console, "error").mockImplementation((...args: unknown[]) => {
      if (!String(args[0]).includes("[auth][error]")) original(...args);
    });
    restoreConsole = () => spy.mockRestore();
  });

  afterAll(async () => {
    signInAs(null);
    restoreConsole();
    // The live route starts the process's LISTEN connection on first use.
    const listener = (globalThis as { duneDraftStandingsListener?: { stop(): Promise<void> } }).duneDraftStandingsListener;
    await listener?.stop();
  });

  it("finds every entry point", () => {
    expect(actions.length).toBeGreaterThan(30);
    expect(routes.length).toBeGreaterThan(10);
    expect(actions.every((action) => action.fields.length > 0)).toBe(true);
  });

  /** The least privileged session that gets past the action's guard, found by asking it. */
  async function guardRole(fn: (typeof actions)[number]["fn"]): Promise<SessionUser> {
    for (const session of [null, player, admin]) {
      signInAs(session);
      const outcome = await callAction(fn, new FormData());
      const code = outcome.kind === "result" ? outcome.result?.code : undefined;
      if (code !== "UNAUTHENTICATED" && code !== "FORBIDDEN") return session;
    }
    throw new Error("no session gets past the guard");
  }

  it.each(actions.map((action) => [action.id, action] as const))(
    "%s refuses hostile forms clearly and writes nothing",
    async (id, { fn, fields }) => {
      const role = await guardRole(fn);
      const sessions: [SessionUser, number][] =
        role === null
          ? [[null, ACTION_RUNS]]
          : [
              [role, ACTION_RUNS],
              [null, VISITOR_RUNS],
            ];
      for (const [session, numRuns] of sessions) {
        await fc.assert(
          fc.asyncProperty(hostileForm(fields, world), async (entries) => {
            signInAs(session);
            const before = await fingerprintDatabase(testDb());
            const outcome = await callAction(fn, toFormData(entries));
            expectClearOutcome(id, outcome);
            if (role !== null && session === null) expect(outcome.kind === "result" && outcome.result?.code).toBe("UNAUTHENTICATED");
            // Random text is sometimes a valid value (a display name of letters and digits, say): a
            // form the action accepts may write. Every refusal writes nothing.
            const isAccepted = outcome.kind === "result" && outcome.result?.ok === true;
            if (!isAccepted) await expectNoWrite(id, before);
          }),
          { numRuns, ...FC_OPTIONS },
        );
      }
    },
    TEST_TIMEOUT,
  );

  it.each(routes.map((route) => [`${route.method} ${route.path}`, route] as const))(
    "%s answers hostile requests below 500 and writes nothing",
    async (id, route) => {
      const request = fc.record({
        session: fc.constantFrom(null, player, admin),
        params: hostileParams(route.params, world),
        query: hostileQuery(world),
        body: fc.array(fc.tuple(fc.constantFrom("email", "password", "csrfToken", "callbackUrl", "redirect"), valueFor("body", world)), {
          maxLength: 4,
        }),
      });
      await fc.assert(
        fc.asyncProperty(request, async ({ session, params, query, body }) => {
          signInAs(session);
          const before = await fingerprintDatabase(testDb());
          const wellFormed = Object.fromEntries(
            Object.entries(params).map(([name, value]) => [
              name,
              Array.isArray(value) ? value.map((v) => v.toWellFormed()) : value.toWellFormed(),
            ]),
          );
          const aborter = new AbortController();
          const hasBody = route.method !== "GET";
          const response = await route.fn(
            new NextRequest(routeUrl(route.path, wellFormed, query), {
              method: route.method,
              signal: aborter.signal,
              body: hasBody ? new URLSearchParams(body.map(([name, value]) => [name, value.toWellFormed()])) : undefined,
            }),
            { params: Promise.resolve(wellFormed) },
          );
          expect(response.status, `${id} ${JSON.stringify(wellFormed)}?${query}`).toBeLessThan(500);
          if (response.headers.get("content-type")?.startsWith("text/event-stream")) {
            aborter.abort();
            await response.body?.cancel();
          } else if (route.path.startsWith("/api/v1/") && response.status >= 400) {
            const { error } = (await response.json()) as { error: { code: string; message: string; fields?: Record<string, string[]> } };
            expect(error.message.trim()).toBeTruthy();
            if (response.status === 400) expect(Object.keys(error.fields ?? {}).length, error.message).toBeGreaterThan(0);
          } else {
            await response.arrayBuffer();
          }
          await expectNoWrite(id, before);
        }),
        { numRuns: ROUTE_RUNS, ...FC_OPTIONS },
      );
    },
    TEST_TIMEOUT,
  );
});
