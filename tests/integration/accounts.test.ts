import { describe, expect, it } from "vitest";
import { createUser as createTestUser, randomSuffix } from "@/tests/factories";
import { createUser } from "@/lib/server/users/create-user";
import { setUserRole } from "@/lib/server/users/set-user-role";
import { changeDisplayName, changePassword, deleteAccount } from "@/lib/server/users/update-account";
import { verifyCredentials } from "@/lib/server/auth/verify-credentials";
import { applyAdminEmails } from "@/lib/server/auth/apply-admin-emails";
import { consumeAttempt, resetAttempts, secondsBlocked } from "@/lib/server/auth/rate-limit";
import { AppError } from "@/lib/server/errors";
import { testDb } from "./helpers/db";

const anyIp = () => ({ ip: `192.0.2.${Math.floor(Math.random() * 250)}-${randomSuffix()}` });

const newPlayer = () => {
  const suffix = randomSuffix();
  return { email: `new-${suffix}@example.test`, displayName: `Rider ${suffix.slice(0, 8)}`, password: "sand-and-stars-2027" };
};

async function expectAppError(promise: Promise<unknown>, code: string) {
  const error = await promise.then(
    () => null,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(AppError);
  expect((error as AppError).code).toBe(code);
  return error as AppError;
}

describe("sign-up and sign-in", () => {
  it("creates a player whose password verifies, and only with the right password", async () => {
    const db = testDb();
    const input = newPlayer();
    const user = await createUser(db, input);
    expect(user.role).toBe("PLAYER");
    const stored = await db.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(stored.passwordHash).toMatch(/^\$argon2id\$/);
    expect(await verifyCredentials(db, input.email, input.password)).toMatchObject({ id: user.id, role: "PLAYER" });
    expect(await verifyCredentials(db, input.email, "not-the-password")).toBeNull();
    expect(await verifyCredentials(db, `nobody-${randomSuffix()}@example.test`, input.password)).toBeNull();
  });

  it("names the taken field for a duplicate email or display name (any case)", async () => {
    const db = testDb();
    const first = newPlayer();
    await createUser(db, first);
    const byEmail = await expectAppError(createUser(db, { ...newPlayer(), email: first.email }), "CONFLICT");
    expect(Object.keys(byEmail.fieldErrors ?? {})).toEqual(["email"]);
    const byName = await expectAppError(createUser(db, { ...newPlayer(), displayName: first.displayName.toUpperCase() }), "CONFLICT");
    expect(Object.keys(byName.fieldErrors ?? {})).toEqual(["displayName"]);
  });
});

describe("rate limits", () => {
  it("blocks an account after ten counted attempts, across calls, until reset", async () => {
    const key = `limit-${randomSuffix()}@example.test`;
    for (let attempt = 1; attempt <= 10; attempt += 1) expect(await consumeAttempt("password-account", key)).toBe(0);
    expect(await secondsBlocked("password-account", key)).toBeGreaterThan(14 * 60);
    const wait = await consumeAttempt("password-account", key);
    expect(wait).toBeGreaterThan(14 * 60);
    expect(wait).toBeLessThanOrEqual(15 * 60);
    await resetAttempts("password-account", key);
    expect(await secondsBlocked("password-account", key)).toBe(0);
  });

  it("keeps its counters in PostgreSQL", async () => {
    const key = `row-${randomSuffix()}`;
    await consumeAttempt("sign-up-ip", key);
    const rows = await testDb().rateLimit.findMany({ where: { key: `sign-up-ip:${key}` } });
    expect(rows).toHaveLength(1);
    expect(rows[0]?.points).toBe(1);
  });
});

describe("roles", () => {
  it("grants and revokes admin with an audit entry, but never removes the last admin", async () => {
    const db = testDb();
    // Start from a database with exactly one admin among these users.
    await db.user.updateMany({ where: { role: "ADMIN" }, data: { role: "PLAYER" } });
    const owner = await createTestUser(db, { role: "ADMIN" });
    const player = await createTestUser(db);

    await expectAppError(setUserRole(db, { email: owner.email!, role: "PLAYER", actorId: owner.id }), "CONFLICT");
    expect(await setUserRole(db, { email: player.email!, role: "ADMIN", actorId: owner.id })).toMatchObject({ changed: true });
    expect(await setUserRole(db, { email: player.email!, role: "ADMIN", actorId: owner.id })).toMatchObject({ changed: false });
    expect(await setUserRole(db, { email: owner.email!, role: "PLAYER", actorId: owner.id })).toMatchObject({ changed: true });

    const audit = await db.auditLog.findMany({
      where: { entityType: "user", entityId: { in: [owner.id, player.id] } },
      orderBy: { id: "asc" },
    });
    expect(audit.map((entry) => entry.action)).toEqual(["grant-admin", "revoke-admin"]);
    await expectAppError(setUserRole(db, { email: `ghost-${randomSuffix()}@example.test`, role: "ADMIN", actorId: null }), "NOT_FOUND");
  });

  it("two admins revoking each other at once leave one admin", async () => {
    const db = testDb();
    await db.user.updateMany({ where: { role: "ADMIN" }, data: { role: "PLAYER" } });
    const [a, b] = await Promise.all([createTestUser(db, { role: "ADMIN" }), createTestUser(db, { role: "ADMIN" })]);
    const outcomes = await Promise.allSettled([
      setUserRole(db, { email: a!.email!, role: "PLAYER", actorId: b!.id }),
      setUserRole(db, { email: b!.email!, role: "PLAYER", actorId: a!.id }),
    ]);
    expect(outcomes.filter((outcome) => outcome.status === "fulfilled")).toHaveLength(1);
    expect(await db.user.count({ where: { role: "ADMIN" } })).toBe(1);
  });

  it("promotes ADMIN_EMAILS at sign-in only for a verified address", async () => {
    const db = testDb();
    const user = await createTestUser(db);
    expect(await applyAdminEmails(db, user.id, ["someone-else@example.test"])).toBe("PLAYER");
    // Whoever signs up first with a listed address has not proven it: not an admin.
    expect(await applyAdminEmails(db, user.id, [user.email!])).toBe("PLAYER");
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).role).toBe("PLAYER");
    await db.user.update({ where: { id: user.id }, data: { emailVerified: new Date() } });
    expect(await applyAdminEmails(db, user.id, [user.email!])).toBe("ADMIN");
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).role).toBe("ADMIN");
  });

  it("does not promote again an ADMIN_EMAILS admin whose rights an admin revoked", async () => {
    const db = testDb();
    const other = await createTestUser(db, { role: "ADMIN" });
    const user = await createTestUser(db);
    await db.user.update({ where: { id: user.id }, data: { emailVerified: new Date() } });
    expect(await applyAdminEmails(db, user.id, [user.email!])).toBe("ADMIN");
    await setUserRole(db, { email: user.email!, role: "PLAYER", actorId: other.id });
    expect(await applyAdminEmails(db, user.id, [user.email!])).toBe("PLAYER");
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).role).toBe("PLAYER");
  });
});

describe("account page", () => {
  it("changes the display name unless another player has it", async () => {
    const db = testDb();
    const [me, other] = await Promise.all([createTestUser(db), createTestUser(db)]);
    await expectAppError(changeDisplayName(db, me.id, other.displayName!.toUpperCase()), "CONFLICT");
    await changeDisplayName(db, me.id, "Dune Fox");
    expect((await db.user.findUniqueOrThrow({ where: { id: me.id } })).displayName).toBe("Dune Fox");
  });

  it("changes the password only with the current one", async () => {
    const db = testDb();
    const me = await createTestUser(db, { password: "old-password-123" });
    await expectAppError(changePassword(db, me.id, { currentPassword: "wrong", newPassword: "new-password-456" }, anyIp()), "INVALID");
    await changePassword(db, me.id, { currentPassword: "old-password-123", newPassword: "new-password-456" }, anyIp());
    expect(await verifyCredentials(db, me.email!, "new-password-456")).not.toBeNull();
    expect(await verifyCredentials(db, me.email!, "old-password-123")).toBeNull();
  });

  it("deleting an account erases the person and keeps the row for standings", async () => {
    const db = testDb();
    const me = await createTestUser(db, { password: "delete-me-please" });
    await expectAppError(deleteAccount(db, me.id, "wrong", anyIp()), "INVALID");
    await deleteAccount(db, me.id, "delete-me-please", anyIp());
    const erased = await db.user.findUniqueOrThrow({ where: { id: me.id } });
    expect(erased).toMatchObject({ email: null, name: null, displayName: null, passwordHash: null });
    expect(erased.deletedAt).not.toBeNull();
    expect(await verifyCredentials(db, me.email!, "delete-me-please")).toBeNull();
  });
});
