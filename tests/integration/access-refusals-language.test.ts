import { afterAll, describe, expect, it, vi } from "vitest";
import * as factories from "@/tests/factories";
import { changeDisplayNameAction } from "@/lib/server/actions/account";
import { stageResultsAction } from "@/lib/server/actions/admin-results";
import { setUserRoleAction } from "@/lib/server/actions/admin-users";
import { form, refused } from "./helpers/action-forms";
import { testDb } from "./helpers/db";
import { signInAs } from "./helpers/fake-session";

// The guards' refusals (signed out, not an admin) and the role page's come back in the reader's
// language: a visitor's browser language, a player's or admin's saved choice.

vi.mock("@/auth", async () => {
  const { fakeSession } = await import("./helpers/fake-session");
  return { auth: async () => fakeSession.current, signIn: vi.fn(), signOut: vi.fn(), handlers: {} };
});
// A browser asking for Spanish; no language cookie. A saved choice comes before it.
vi.mock("next/headers", () => ({
  headers: async () => new Headers({ "accept-language": "es-ES,es;q=0.9,en;q=0.5", "x-forwarded-for": "198.51.100.7" }),
  cookies: async () => ({ get: () => undefined }),
}));
vi.mock("next/cache", () => ({ revalidatePath: vi.fn(), revalidateTag: vi.fn() }));

afterAll(() => signInAs(null));

describe("guard refusals in the reader's language", () => {
  it("asks a signed-out Spanish visitor to sign in, in Spanish", async () => {
    signInAs(null);
    const result = refused(await changeDisplayNameAction(null, form({ displayName: "Piloto" })));
    expect(result).toMatchObject({ code: "UNAUTHENTICATED", message: "Inicia sesión para hacerlo." });
  });

  it("tells a French player that only admins may publish, in French", async () => {
    const db = testDb();
    const player = await factories.createUser(db, { locale: "fr" });
    signInAs({ id: player.id, role: "PLAYER" });
    const result = refused(await stageResultsAction(null, form({ intent: "publish", stageId: 1, version: 1, rows: "[]" })));
    expect(result).toMatchObject({ code: "FORBIDDEN", message: "Seuls les administrateurs peuvent faire cela." });
  });
});

describe("role change refusals in the admin's language", () => {
  it("tells an Arabic admin that no account has that email, and that the last admin cannot step down", async () => {
    const db = testDb();
    // Exactly one admin in the database (files run one after another).
    await db.user.updateMany({ where: { role: "ADMIN" }, data: { role: "PLAYER" } });
    const admin = await factories.createUser(db, { role: "ADMIN", locale: "ar" });
    signInAs({ id: admin.id, role: "ADMIN" });

    const ghost = `ghost-${admin.id.slice(0, 8)}@example.test`;
    const unknown = refused(await setUserRoleAction(null, form({ email: ghost, role: "ADMIN" })));
    expect(unknown).toMatchObject({ code: "NOT_FOUND", message: `لا يوجد حساب بالبريد الإلكتروني ${ghost}.` });

    const last = refused(await setUserRoleAction(null, form({ email: admin.email!, role: "PLAYER" })));
    expect(last).toMatchObject({ code: "CONFLICT", message: "هذا آخر مشرف: امنح صلاحية الإشراف لشخص آخر أولًا." });
    expect((await db.user.findUniqueOrThrow({ where: { id: admin.id } })).role).toBe("ADMIN");
  });

  it("answers a Spanish-speaking admin without a saved choice in their browser's language", async () => {
    const db = testDb();
    const admin = await factories.createUser(db, { role: "ADMIN", locale: null });
    signInAs({ id: admin.id, role: "ADMIN" });
    const ghost = `nadie-${admin.id.slice(0, 8)}@example.test`;
    const unknown = refused(await setUserRoleAction(null, form({ email: ghost, role: "ADMIN" })));
    expect(unknown.message).toBe(`No hay ninguna cuenta con el correo ${ghost}.`);
  });
});
