// A stand-in for a browser's push service (RFC 8030) on 127.0.0.1, for tests: it checks each
// request's VAPID Authorization (RFC 8292) and decrypts the aes128gcm payload (RFC 8291, RFC 8188)
// with keys the test generated as a browser would. web-push speaks HTTPS only, so the service has
// a self-signed certificate (made with openssl) that the test's HTTPS agent is told to trust.
import { createDecipheriv, createECDH, createHmac, createPublicKey, randomBytes, verify } from "node:crypto";
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import https from "node:https";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";

/** A device's side of a subscription: its ECDH key pair and authentication secret. */
export type FakeBrowser = { p256dh: string; auth: string; privateKey: Buffer; publicKey: Buffer; authSecret: Buffer };

export function createFakeBrowser(): FakeBrowser {
  const ecdh = createECDH("prime256v1");
  const publicKey = ecdh.generateKeys();
  const authSecret = randomBytes(16);
  return {
    p256dh: publicKey.toString("base64url"),
    auth: authSecret.toString("base64url"),
    privateKey: ecdh.getPrivateKey(),
    publicKey,
    authSecret,
  };
}

const hmac = (key: Buffer, data: Buffer) => createHmac("sha256", key).update(data).digest();

/** RFC 8291 section 3.4 and RFC 8188 section 2: the payload as the browser reads it. */
export function decryptAes128gcm(body: Buffer, browser: FakeBrowser): string {
  const salt = body.subarray(0, 16);
  const recordSize = body.readUInt32BE(16);
  const keyIdLength = body.readUInt8(20);
  const serverPublicKey = body.subarray(21, 21 + keyIdLength);
  const record = body.subarray(21 + keyIdLength);
  if (record.length > recordSize) throw new Error("a single record was expected");

  const ecdh = createECDH("prime256v1");
  ecdh.setPrivateKey(browser.privateKey);
  const sharedSecret = ecdh.computeSecret(serverPublicKey);
  const keyInfo = Buffer.concat([Buffer.from("WebPush: info\0"), browser.publicKey, serverPublicKey, Buffer.from([1])]);
  const ikm = hmac(hmac(browser.authSecret, sharedSecret), keyInfo);
  const prk = hmac(salt, ikm);
  const contentKey = hmac(prk, Buffer.from("Content-Encoding: aes128gcm\0\x01")).subarray(0, 16);
  const nonce = hmac(prk, Buffer.from("Content-Encoding: nonce\0\x01")).subarray(0, 12);

  const decipher = createDecipheriv("aes-128-gcm", contentKey, nonce);
  decipher.setAuthTag(record.subarray(record.length - 16));
  const padded = Buffer.concat([decipher.update(record.subarray(0, record.length - 16)), decipher.final()]);
  // The last record ends with the delimiter 0x02, then zero padding.
  let end = padded.length - 1;
  while (end >= 0 && padded[end] === 0) end--;
  if (padded[end] !== 2) throw new Error("the last record's delimiter is missing");
  return padded.subarray(0, end).toString("utf8");
}

export type VapidClaims = { aud: string; exp: number; sub: string };

/** Checks `vapid t=<JWT>, k=<key>`: an ES256 JWT signed by the key the header names. */
export function verifyVapidAuthorization(header: string | undefined, expectedPublicKey: string): VapidClaims {
  const match = /^vapid t=([\w-]+\.[\w-]+\.[\w-]+), k=([\w-]+)$/.exec(header ?? "");
  if (!match) throw new Error(`not a VAPID Authorization header: ${header}`);
  const [, jwt, key] = match as unknown as [string, string, string];
  if (key !== expectedPublicKey) throw new Error("the header names another public key");
  const [encodedHeader, encodedClaims, signature] = jwt.split(".") as [string, string, string];
  const jwtHeader = JSON.parse(Buffer.from(encodedHeader, "base64url").toString()) as { alg: string; typ: string };
  if (jwtHeader.alg !== "ES256" || jwtHeader.typ !== "JWT") throw new Error(`unexpected JWT header ${JSON.stringify(jwtHeader)}`);
  const point = Buffer.from(key, "base64url");
  const publicKey = createPublicKey({
    key: { kty: "EC", crv: "P-256", x: point.subarray(1, 33).toString("base64url"), y: point.subarray(33, 65).toString("base64url") },
    format: "jwk",
  });
  const isValid = verify(
    "sha256",
    Buffer.from(`${encodedHeader}.${encodedClaims}`),
    { key: publicKey, dsaEncoding: "ieee-p1363" },
    Buffer.from(signature, "base64url"),
  );
  if (!isValid) throw new Error("the JWT's signature does not verify with the named key");
  return JSON.parse(Buffer.from(encodedClaims, "base64url").toString()) as VapidClaims;
}

export type ReceivedPush = { path: string; headers: Record<string, string | string[] | undefined>; body: Buffer };

/** Answers every request with `statusFor(path)` and keeps what it received. */
export async function startPushService(statusFor: (path: string) => number) {
  const dir = mkdtempSync(path.join(tmpdir(), "push-service-"));
  execFileSync(
    "openssl",
    [
      "req",
      "-x509",
      "-newkey",
      "ec",
      "-pkeyopt",
      "ec_paramgen_curve:prime256v1",
      "-nodes",
      "-days",
      "1",
      "-subj",
      "/CN=127.0.0.1",
      "-addext",
      "subjectAltName=IP:127.0.0.1",
      "-keyout",
      path.join(dir, "key.pem"),
      "-out",
      path.join(dir, "cert.pem"),
    ],
    { stdio: "ignore" },
  );
  const key = readFileSync(path.join(dir, "key.pem"));
  const cert = readFileSync(path.join(dir, "cert.pem"));
  rmSync(dir, { recursive: true, force: true });

  const received: ReceivedPush[] = [];
  const server = https.createServer({ key, cert }, (request, response) => {
    const chunks: Buffer[] = [];
    request.on("data", (chunk: Buffer) => chunks.push(chunk));
    request.on("end", () => {
      const requestPath = request.url ?? "/";
      received.push({ path: requestPath, headers: request.headers, body: Buffer.concat(chunks) });
      response.writeHead(statusFor(requestPath)).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const origin = `https://127.0.0.1:${(server.address() as AddressInfo).port}`;
  // web-push sends through Node's global HTTPS agent: trust this certificate there, for this test file.
  const previousCa = https.globalAgent.options.ca;
  https.globalAgent.options.ca = cert;
  return {
    origin,
    received,
    async stop() {
      https.globalAgent.options.ca = previousCa;
      await new Promise((resolve) => server.close(resolve));
    },
  };
}
