import { NextRequest } from "next/server";
import { afterEach, describe, expect, it, vi } from "vitest";
import { handleRosterSave } from "@/lib/server/picks/roster-save-endpoint";
import { createUser } from "@/tests/factories";
import { testDb } from "./helpers/db";
import { signInAs } from "./helpers/fake-session";
import { createPlayEvent, dbTimeIn } from "./helpers/play-event";

vi.mock("@/auth", async (importOriginal) => {
  const [real, { fakeSession }] = await Promise.all([importOriginal<typeof import("@/auth")>(), import("./helpers/fake-session")]);
  return { ...real, auth: async () => fakeSession.current };
});

const HOUR = 3_600_000;
const SITE = "http://dune.test";

type Answer = { ok: boolean; code?: string; message: string; fieldErrors?: Record<string, string[]> };

/** A POST to the save endpoint as the roster builder sends it: the form's fields, from our own page. */
async function post(
  slug: string,
  fields: [string, string][],
  options: { origin?: string | null; cookie?: string; query?: string } = {},
) {
  const headers = new Headers({ host: "dune.test", "content-type": "application/x-www-form-urlencoded" });
  const origin = options.origin === undefined ? SITE : options.origin;
  if (origin !== null) headers.set("origin", origin);
  if (options.cookie) headers.set("cookie", options.cookie);
  const url = `${SITE}/api/play/${slug}/roster${options.query ?? ""}`;
  const request = new NextRequest(url, { method: "POST", headers, body: new URLSearchParams(fields) });
  const response = await handleRosterSave(request, slug);
  return { status: response.status, cacheControl: response.headers.get("cache-control"), body: (await response.json()) as Answer };
}

const rosterFields = (crewIds: number[], captainId: number): [string, string][] => [
  ...crewIds.map((id): [string, string] => ["crewId", String(id)]),
  ["captainId", String(captainId)],
];

async function countVersions(userId: string) {
  return testDb().rosterVersion.count({ where: { roster: { userId } } });
}

describe("the roster save endpoint", () => {
  afterEach(() => signInAs(null));

  it("saves a valid roster for the signed-in player and answers in JSON", async () => {
    const db = testDb();
    const { event, featured, rival, solo, player } = await createPlayEvent(db, [await dbTimeIn(db, HOUR)]);
    signInAs({ id: player.id, role: "PLAYER" });
    const answer = await post(event.slug, rosterFields([featured[0]!.id, rival[0]!.id, solo.id], solo.id));
    expect(answer).toEqual({
      status: 200,
      cacheControl: "no-store, no-transform",
      body: { ok: true, message: "Roster saved. It counts from the prologue." },
    });
    const stored = await db.rosterVersion.findFirstOrThrow({ where: { roster: { userId: player.id } }, include: { crews: true } });
    expect(stored.captainCrewId).toBe(solo.id);
    expect(stored.crews.map((crew) => crew.crewId).sort()).toEqual([featured[0]!.id, rival[0]!.id, solo.id].sort());
  });

  it("refuses a visitor, and another site's request, before reading anything", async () => {
    const db = testDb();
    const { event, featured, rival, solo, player } = await createPlayEvent(db, [await dbTimeIn(db, HOUR)]);
    const fields = rosterFields([featured[0]!.id, rival[0]!.id, solo.id], solo.id);

    const visitor = await post(event.slug, fields);
    expect(visitor.status).toBe(401);
    expect(visitor.body).toMatchObject({ ok: false, code: "UNAUTHENTICATED", message: "Sign in to do that." });

    signInAs({ id: player.id, role: "PLAYER" });
    for (const origin of ["https://evil.example", null, "not a url"]) {
      const crossSite = await post(event.slug, fields, { origin });
      expect(crossSite.status, `origin ${origin}`).toBe(403);
      expect(crossSite.body.code).toBe("FORBIDDEN");
      expect(crossSite.body.message).toContain("did not come from a Dune Draft page");
    }
    expect(await countVersions(player.id)).toBe(0);
  });

  it("refuses a session the account no longer accepts (signed out everywhere, deleted)", async () => {
    const db = testDb();
    const { event, featured, rival, solo, player } = await createPlayEvent(db, [await dbTimeIn(db, HOUR)]);
    const fields = rosterFields([featured[0]!.id, rival[0]!.id, solo.id], solo.id);
    await db.user.update({ where: { id: player.id }, data: { sessionVersion: 1 } });
    signInAs({ id: player.id, role: "PLAYER", sessionVersion: 0 });
    expect((await post(event.slug, fields)).status).toBe(401);

    const deleted = await createUser(db);
    await db.user.update({ where: { id: deleted.id }, data: { deletedAt: new Date() } });
    signInAs({ id: deleted.id, role: "PLAYER" });
    expect((await post(event.slug, fields)).status).toBe(401);
    expect(await countVersions(player.id)).toBe(0);
    expect(await countVersions(deleted.id)).toBe(0);
  });

  it("names every broken rule by field, in the player's language, and stores nothing", async () => {
    const db = testDb();
    const { event, featured, player } = await createPlayEvent(db, [await dbTimeIn(db, HOUR)]);
    signInAs({ id: player.id, role: "PLAYER" });
    const overBudget = await post(
      event.slug,
      rosterFields(featured.map((crew) => crew.id), featured[0]!.id),
      { cookie: "lang=fr" },
    );
    expect(overBudget.status).toBe(422);
    expect(overBudget.body.code).toBe("INVALID");
    expect(overBudget.body.fieldErrors?.crewIds?.join(" ")).toMatch(/budget/i);
    expect(overBudget.body.message).not.toContain("Over budget");

    await db.user.update({ where: { id: player.id }, data: { locale: "es" } });
    const noCaptain = await post(event.slug, [["crewId", String(featured[0]!.id)]]);
    expect(noCaptain.status).toBe(422);
    expect(noCaptain.body.fieldErrors?.captainId).toHaveLength(1);
    expect(noCaptain.body.message).toBe("Revisa los campos marcados.");
    expect(await countVersions(player.id)).toBe(0);
  });

  it("answers in the page's language when the roster builder names it (a page opened with ?lang=)", async () => {
    const db = testDb();
    const { event, featured, rival, solo, player } = await createPlayEvent(db, [await dbTimeIn(db, HOUR)]);
    await db.user.update({ where: { id: player.id }, data: { locale: "es" } });
    signInAs({ id: player.id, role: "PLAYER" });
    const saved = await post(event.slug, rosterFields([featured[0]!.id, rival[0]!.id, solo.id], solo.id), {
      query: "?lang=ar",
      cookie: "lang=fr",
    });
    expect(saved.body).toEqual({ ok: true, message: "حُفظت التشكيلة. تُحتسب ابتداءً من المرحلة التمهيدية." });
  });

  it("answers an unknown event, a started event and a body that is not a form", async () => {
    const db = testDb();
    const { event, featured, rival, solo, player } = await createPlayEvent(db, [await dbTimeIn(db, -HOUR)]);
    signInAs({ id: player.id, role: "PLAYER" });
    const fields = rosterFields([featured[0]!.id, rival[0]!.id, solo.id], solo.id);

    const unknown = await post("no-such-event", fields);
    expect(unknown.status).toBe(404);
    expect(unknown.body.code).toBe("NOT_FOUND");

    const started = await post(event.slug, fields);
    expect(started.status).toBe(423);
    expect(started.body).toMatchObject({ ok: false, code: "LOCKED" });

    const request = new NextRequest(`${SITE}/api/play/${event.slug}/roster`, {
      method: "POST",
      headers: { host: "dune.test", origin: SITE, "content-type": "application/json" },
      body: "{",
    });
    const notAForm = await handleRosterSave(request, event.slug);
    expect(notAForm.status).toBe(400);
    expect(await countVersions(player.id)).toBe(0);
  });
});
