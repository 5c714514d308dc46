import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import {
  getPushStateAction,
  sendTestPushAction,
  subscribePushAction,
  unsubscribePushAction,
} from "@/lib/server/actions/notification-channels";
import { sendPushToUser } from "@/lib/server/push/send-push-to-user";
import { savePushSubscription } from "@/lib/server/push/subscriptions";
import { createUser } from "@/tests/factories";
import { testDb } from "./helpers/db";
import { signInAs } from "./helpers/fake-session";
import { createFakeBrowser, decryptAes128gcm, startPushService, verifyVapidAuthorization, type FakeBrowser } from "./helpers/push-service";

// The server's VAPID key pair, in the environment before lib/env reads it.
const vapid = await vi.hoisted(async () => {
  const { generateKeyPairSync } = await import("node:crypto");
  const jwk = generateKeyPairSync("ec", { namedCurve: "prime256v1" }).privateKey.export({ format: "jwk" });
  const publicKey = Buffer.concat([Buffer.from([4]), Buffer.from(jwk.x!, "base64url"), Buffer.from(jwk.y!, "base64url")]).toString(
    "base64url",
  );
  process.env.VAPID_PUBLIC_KEY = publicKey;
  process.env.VAPID_PRIVATE_KEY = jwk.d!;
  process.env.VAPID_SUBJECT = "mailto:push-test@dune-draft.example";
  return { publicKey };
});

vi.mock("@/auth", async () => {
  const { fakeSession } = await import("./helpers/fake-session");
  return { auth: async () => fakeSession.current, signIn: vi.fn(), signOut: vi.fn(), handlers: {} };
});
vi.mock("next/headers", () => ({
  headers: async () =>
    new Headers({ "user-agent": "Mozilla/5.0 (Linux; Android 14) AppleWebKit/537.36 Chrome/131.0 Mobile Safari/537.36" }),
}));

const STATUS: Record<string, number> = {
  "/push/phone": 201,
  "/push/laptop": 201,
  "/push/gone": 410,
  "/push/broken": 500,
  "/push/other": 201,
};
const MESSAGE = {
  title: "Stage 4 locks in 3 hours",
  body: "Your podium call for Stage 4 is missing. Naïve crews 🏁",
  url: "/play/dakar-2027",
  tag: "lock-4",
};

describe("web push delivery", () => {
  let service: Awaited<ReturnType<typeof startPushService>>;
  let player: { id: string; role: "PLAYER" };
  let other: { id: string; role: "PLAYER" };
  const browsers: Record<string, FakeBrowser> = {};

  beforeAll(async () => {
    const db = testDb();
    service = await startPushService((path) => STATUS[path] ?? 404);
    player = { id: (await createUser(db)).id, role: "PLAYER" };
    other = { id: (await createUser(db)).id, role: "PLAYER" };
    for (const name of ["phone", "laptop", "gone", "broken", "other"]) {
      browsers[name] = createFakeBrowser();
      // Saved through the data function: the action accepts only the browsers' real push services.
      await savePushSubscription(
        db,
        name === "other" ? other.id : player.id,
        { endpoint: `${service.origin}/push/${name}`, ...browsers[name]! },
        null,
      );
    }
  });
  afterAll(async () => {
    signInAs(null);
    await service.stop();
  });

  it("encrypts for each device, signs with VAPID, and deletes the subscriptions the service calls gone", async () => {
    const db = testDb();
    const counts = await sendPushToUser(db, player.id, MESSAGE);
    expect(counts).toEqual({ sent: 2, gone: 1, failed: 1 });

    const paths = service.received.map((request) => request.path).sort();
    expect(paths).toEqual(["/push/broken", "/push/gone", "/push/laptop", "/push/phone"]);
    const now = Date.now() / 1000;
    for (const request of service.received) {
      const authorization = request.headers.authorization as string;
      const claims = verifyVapidAuthorization(authorization, vapid.publicKey);
      // The check is real: a changed claim breaks the signature.
      const [, claimsPart] = /t=[\w-]+\.([\w-]+)\./.exec(authorization)!;
      const forged = Buffer.from(JSON.stringify({ ...claims, aud: "https://evil.example" })).toString("base64url");
      expect(() => verifyVapidAuthorization(authorization.replace(claimsPart!, forged), vapid.publicKey)).toThrow(/signature/);
      expect(claims.aud).toBe(service.origin);
      expect(claims.sub).toBe("mailto:push-test@dune-draft.example");
      expect(claims.exp).toBeGreaterThan(now);
      expect(claims.exp).toBeLessThanOrEqual(now + 24 * 3600);
      expect(request.headers["content-encoding"]).toBe("aes128gcm");
      expect(Number(request.headers.ttl)).toBeGreaterThan(0);
      const name = request.path.split("/").at(-1)!;
      expect(JSON.parse(decryptAes128gcm(request.body, browsers[name]!))).toEqual(MESSAGE);
      // Another device's keys cannot read it.
      expect(() => decryptAes128gcm(request.body, browsers.other!)).toThrow();
    }

    const left = await db.pushSubscription.findMany({ where: { userId: { in: [player.id, other.id] } }, select: { endpoint: true } });
    expect(left.map((row) => row.endpoint.split("/").at(-1)).sort()).toEqual(["broken", "laptop", "other", "phone"]);
  });

  it("sends nothing to a player without devices, and refuses a message that would open another site", async () => {
    const db = testDb();
    const loner = await createUser(db);
    expect(await sendPushToUser(db, loner.id, MESSAGE)).toEqual({ sent: 0, gone: 0, failed: 0 });
    await expect(sendPushToUser(db, player.id, { ...MESSAGE, url: "//evil.example/" })).rejects.toThrow();
    await expect(sendPushToUser(db, player.id, { ...MESSAGE, url: "https://evil.example/" })).rejects.toThrow();
  });

  it("the test button sends to the signed-in player's devices and says how it went", async () => {
    signInAs(player);
    service.received.length = 0;
    const result = await sendTestPushAction();
    expect(result).toMatchObject({ ok: true, message: expect.stringMatching(/^Sent to 2 devices\. 1 could not be reached/) });
    expect(service.received.map((request) => request.path).sort()).toEqual(["/push/broken", "/push/laptop", "/push/phone"]);
  });

  it("subscribes only endpoints of real push services, and each player unsubscribes only their own", async () => {
    const db = testDb();
    const browser = createFakeBrowser();
    const form = (endpoint: string) => {
      const data = new FormData();
      data.set("endpoint", endpoint);
      data.set("p256dh", browser.p256dh);
      data.set("auth", browser.auth);
      return data;
    };
    signInAs(player);
    for (const endpoint of [
      `${service.origin}/push/new`,
      "http://fcm.googleapis.com/fcm/send/x",
      "https://fcm.googleapis.com.evil.example/x",
      "https://169.254.169.254/latest",
    ]) {
      const refused = await subscribePushAction(form(endpoint));
      expect(refused, endpoint).toMatchObject({ ok: false, fieldErrors: { endpoint: [expect.any(String)] } });
    }
    const endpoint = `https://fcm.googleapis.com/fcm/send/test-${player.id}`;
    expect(await subscribePushAction(form(endpoint))).toMatchObject({ ok: true });
    const saved = await db.pushSubscription.findUniqueOrThrow({ where: { endpoint } });
    expect(saved).toMatchObject({ userId: player.id, p256dh: browser.p256dh, auth: browser.auth, userAgentLabel: "Chrome on Android" });
    expect(await getPushStateAction(form(endpoint))).toEqual({ ok: true, isSubscribed: true });

    signInAs(other);
    expect(await getPushStateAction(form(endpoint))).toEqual({ ok: true, isSubscribed: false });
    await unsubscribePushAction(form(endpoint));
    expect(await db.pushSubscription.count({ where: { endpoint } })).toBe(1);

    signInAs(player);
    expect(await unsubscribePushAction(form(endpoint))).toMatchObject({ ok: true });
    expect(await db.pushSubscription.count({ where: { endpoint } })).toBe(0);
  });
});
