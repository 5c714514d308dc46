import { NextRequest } from "next/server";
import { afterAll, describe, expect, it, vi } from "vitest";
import { createUser, randomSuffix } from "@/tests/factories";
import { GET, POST } from "@/app/api/auth/[...nextauth]/route";
import { signUpAction } from "@/lib/server/actions/auth";
import { changePasswordAction, signOutEverywhereAction } from "@/lib/server/actions/account";
import { getCurrentUser } from "@/lib/server/auth/session";
import { clientAddressFrom } from "@/lib/server/auth/client-ip";
import { decideOAuthLink, recordVerifiedProviderEmail } from "@/lib/server/auth/oauth-email";
import { testDb } from "./helpers/db";
import { signInAs } from "./helpers/fake-session";

// Auth.js's route handlers run for real; the production server's peer-address header is named as
// scripts/serve.mjs names it, so each test can come from an address of its own.
vi.hoisted(() => {
  process.env.AUTH_SECRET ??= "account-security-test-secret-0123456789";
  process.env.REMOTE_ADDRESS_HEADER = "x-test-remote-address";
});
const peer = vi.hoisted(() => ({ address: "198.51.100.1", forwardedFor: "" }));
vi.mock("next/headers", () => ({
  headers: async () => new Headers({ "x-test-remote-address": peer.address, "x-forwarded-for": peer.forwardedFor }),
  cookies: async () => ({ set: () => undefined, get: () => undefined, getAll: () => [] }),
}));
vi.mock("@/auth", async (importOriginal) => {
  const [real, { fakeSession }] = await Promise.all([importOriginal<typeof import("@/auth")>(), import("./helpers/fake-session")]);
  return { ...real, auth: async () => fakeSession.current, signIn: vi.fn(async () => undefined), signOut: vi.fn(async () => undefined) };
});
vi.mock("next/cache", () => ({ revalidatePath: vi.fn(), revalidateTag: vi.fn() }));

afterAll(() => signInAs(null));

let addressCount = 0;
/** An address no other test uses, so per-address limits start from zero. */
function freshAddress(): string {
  addressCount += 1;
  return `203.0.113.${addressCount}-${randomSuffix().slice(0, 6)}`;
}

/** Auth.js's CSRF token and cookie, as a browser gets them before posting credentials. */
async function csrf(address: string) {
  const response = await GET(new NextRequest("http://localhost/api/auth/csrf", { headers: { "x-test-remote-address": address } }));
  const { csrfToken } = (await response.json()) as { csrfToken: string };
  const cookie = response.headers
    .getSetCookie()
    .map((line) => line.split(";")[0])
    .join("; ");
  return { csrfToken, cookie };
}

/** POST /api/auth/callback/credentials, the way a script guessing passwords would call it. */
async function postCredentials(address: string, email: string, password: string, forwardedFor?: string) {
  const { csrfToken, cookie } = await csrf(address);
  const response = await POST(
    new NextRequest("http://localhost/api/auth/callback/credentials", {
      method: "POST",
      headers: {
        "content-type": "application/x-www-form-urlencoded",
        cookie,
        "x-test-remote-address": address,
        ...(forwardedFor ? { "x-forwarded-for": forwardedFor } : {}),
      },
      body: new URLSearchParams({ email, password, csrfToken, callbackUrl: "/" }),
    }),
  );
  const location = response.headers.get("location") ?? "";
  const code = new URL(location, "http://localhost").searchParams.get("code");
  const hasSession = response.headers.getSetCookie().some((line) => line.startsWith("authjs.session-token="));
  return { status: response.status, code, hasSession };
}

describe("password guessing at Auth.js's own endpoint", () => {
  it("stops an account after ten wrong passwords: the eleventh try, even the right password, is not checked", async () => {
    const db = testDb();
    const user = await createUser(db, { password: "the-real-password-1" });
    const address = freshAddress();
    const outcomes = [];
    for (let guess = 1; guess <= 12; guess += 1) outcomes.push(await postCredentials(address, user.email!, `wrong-guess-${guess}`));
    expect(outcomes.slice(0, 10).map((outcome) => outcome.code)).toEqual(Array(10).fill("credentials"));
    expect(outcomes.slice(10).map((outcome) => outcome.code)).toEqual(["rate_limited", "rate_limited"]);
    const right = await postCredentials(address, user.email!, "the-real-password-1");
    expect(right).toMatchObject({ code: "rate_limited", hasSession: false });
  });

  it("counts each attempt before checking it: of 40 concurrent wrong guesses at most 10 are checked", async () => {
    const db = testDb();
    const user = await createUser(db, { password: "the-real-password-2" });
    const outcomes = await Promise.all(
      Array.from({ length: 40 }, (_, index) => postCredentials(freshAddress(), user.email!, `burst-${index}`)),
    );
    const checked = outcomes.filter((outcome) => outcome.code === "credentials").length;
    expect(checked).toBeLessThanOrEqual(10);
    expect(outcomes.filter((outcome) => outcome.code === "rate_limited").length).toBe(40 - checked);
  }, 60_000);

  it("limits one address across accounts, and a rotated X-Forwarded-For does not lift it", async () => {
    const db = testDb();
    const address = freshAddress();
    const codes = [];
    for (let guess = 1; guess <= 31; guess += 1) {
      codes.push((await postCredentials(address, `nobody-${randomSuffix()}@example.test`, "whatever-password", `10.0.${guess}.1`)).code);
    }
    expect(codes.slice(0, 30).every((code) => code === "credentials")).toBe(true);
    expect(codes[30]).toBe("rate_limited");
    const user = await createUser(db, { password: "the-real-password-3" });
    expect(await postCredentials(address, user.email!, "the-real-password-3", "10.9.9.9")).toMatchObject({
      code: "rate_limited",
      hasSession: false,
    });
    // Another address is not affected, and the right password signs in.
    expect(await postCredentials(freshAddress(), user.email!, "the-real-password-3")).toMatchObject({ code: null, hasSession: true });
  }, 60_000);
});

describe("the client's address", () => {
  const request = (remote: string, forwardedFor?: string) =>
    new Headers({ "x-test-remote-address": remote, ...(forwardedFor ? { "x-forwarded-for": forwardedFor } : {}) });

  it("is the TCP peer unless proxies are trusted (TRUSTED_PROXY_HOPS=0 by default)", () => {
    expect(clientAddressFrom(request("192.0.2.7", "1.2.3.4"))).toBe("192.0.2.7");
    expect(clientAddressFrom(request("::ffff:192.0.2.7"))).toBe("192.0.2.7");
  });
});

describe("sign-up", () => {
  it("answers a taken address like a new one, and counts every attempt against the client address's limit", async () => {
    const db = testDb();
    const existing = await createUser(db);
    peer.address = freshAddress();
    const form = (email: string) => {
      const data = new FormData();
      for (const [name, value] of Object.entries({
        email,
        displayName: `Rider ${randomSuffix().slice(0, 8)}`,
        password: "sand-and-stars-2027",
      }))
        data.set(name, value);
      return data;
    };
    const results = [];
    for (let attempt = 1; attempt <= 6; attempt += 1) results.push(await signUpAction(null, form(existing.email!)));
    // The same answer as for a new address: the address's owner learns of it by email, nobody else.
    expect(results.slice(0, 5)).toEqual(
      Array(5).fill({ ok: true, message: expect.stringMatching(/^Check your inbox: we sent a link to /) }),
    );
    expect(results[5]).toMatchObject({ ok: false, message: expect.stringMatching(/^Too many attempts\. Try again in \d+ minutes?\.$/) });
    // The limit holds for an address nobody has either.
    expect(await signUpAction(null, form(`new-${randomSuffix()}@example.test`))).toMatchObject({
      ok: false,
      message: expect.stringMatching(/^Too many attempts/),
    });
  });
});

describe("the account page's password checks", () => {
  it("limits wrong current passwords like sign-in does: ten, then refused without checking", async () => {
    const db = testDb();
    const user = await createUser(db, { password: "current-password-1" });
    signInAs({ id: user.id, role: "PLAYER" });
    peer.address = freshAddress();
    const change = (currentPassword: string) => {
      const data = new FormData();
      data.set("currentPassword", currentPassword);
      data.set("newPassword", "a-new-password-2");
      data.set("confirmPassword", "a-new-password-2");
      return changePasswordAction(null, data);
    };
    for (let guess = 1; guess <= 10; guess += 1)
      expect(await change(`wrong-${guess}`)).toMatchObject({ ok: false, fieldErrors: { currentPassword: ["Wrong password"] } });
    expect(await change("current-password-1")).toMatchObject({
      ok: false,
      code: "RATE_LIMITED",
      message: expect.stringMatching(/^Too many attempts/),
    });
    const stored = await db.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(stored.sessionVersion).toBe(0);
  });
});

describe("sessions end with a password change and with 'sign out everywhere'", () => {
  it("a session issued before a password change no longer signs anyone in", async () => {
    const db = testDb();
    const user = await createUser(db, { password: "current-password-2" });
    peer.address = freshAddress();
    signInAs({ id: user.id, role: "PLAYER", sessionVersion: 0 });
    expect(await getCurrentUser()).toMatchObject({ id: user.id });
    const data = new FormData();
    data.set("currentPassword", "current-password-2");
    data.set("newPassword", "a-new-password-3");
    data.set("confirmPassword", "a-new-password-3");
    // The action signs this browser in again (Auth.js is stubbed here, so that succeeds) and reloads the page.
    const redirected = await changePasswordAction(null, data).then(
      () => null,
      (error: { digest?: string }) => error.digest ?? null,
    );
    expect(redirected).toMatch(/^NEXT_REDIRECT;[a-z]+;\/account\?notice=password-changed;/);
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).sessionVersion).toBe(1);
    // The stolen cookie: issued at version 0.
    expect(await getCurrentUser()).toBeNull();
    signInAs({ id: user.id, role: "PLAYER", sessionVersion: 1 });
    expect(await getCurrentUser()).toMatchObject({ id: user.id });
  });

  it("'sign out everywhere' ends every session of the account", async () => {
    const db = testDb();
    const user = await createUser(db, { password: "current-password-3" });
    signInAs({ id: user.id, role: "PLAYER", sessionVersion: 0 });
    await signOutEverywhereAction(null, new FormData());
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).sessionVersion).toBe(1);
    expect(await getCurrentUser()).toBeNull();
  });
});

describe("OAuth sign-in with an email that has an account", () => {
  const googleProfile = (email: string, verified: boolean) => ({ email, email_verified: verified });

  it("links only a provider-verified address into an account whose address is verified too", async () => {
    const db = testDb();
    const owner = await createUser(db, { password: "owner-password-1" });
    const identity = { provider: "google", providerAccountId: `g-${randomSuffix()}`, email: owner.email! };

    // The provider does not vouch for the address: whoever holds it there may not own it.
    expect(await decideOAuthLink(db, { ...identity, profile: googleProfile(owner.email!, false) })).toBe("refuse-unverified");
    expect(await decideOAuthLink(db, { ...identity, provider: "github", profile: { email: owner.email! } })).toBe("refuse-unverified");
    // Verified by the provider, but the account's own address was never proven (a pre-registered account).
    expect(await decideOAuthLink(db, { ...identity, profile: googleProfile(owner.email!, true) })).toBe("refuse-unverified");
    await db.user.update({ where: { id: owner.id }, data: { emailVerified: new Date() } });
    expect(await decideOAuthLink(db, { ...identity, profile: googleProfile(owner.email!, true) })).toBe("allow");
    expect(await decideOAuthLink(db, { ...identity, provider: "discord", profile: { email: owner.email!, verified: true } })).toBe("allow");
  });

  it("lets a new address through (a new account) and an identity already linked", async () => {
    const db = testDb();
    expect(
      await decideOAuthLink(db, { provider: "google", providerAccountId: "new", email: `new-${randomSuffix()}@example.test`, profile: {} }),
    ).toBe("allow");
    const owner = await createUser(db);
    await db.account.create({ data: { userId: owner.id, type: "oidc", provider: "google", providerAccountId: `linked-${owner.id}` } });
    expect(
      await decideOAuthLink(db, { provider: "google", providerAccountId: `linked-${owner.id}`, email: owner.email!, profile: {} }),
    ).toBe("allow");
  });

  it("records the address as verified only when the provider vouches for it", async () => {
    const db = testDb();
    const user = await createUser(db);
    await recordVerifiedProviderEmail(db, user.id, "google", googleProfile(user.email!, false));
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).emailVerified).toBeNull();
    await recordVerifiedProviderEmail(db, user.id, "google", googleProfile("someone-else@example.test", true));
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).emailVerified).toBeNull();
    await recordVerifiedProviderEmail(db, user.id, "google", googleProfile(user.email!, true));
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).emailVerified).not.toBeNull();
  });
});
