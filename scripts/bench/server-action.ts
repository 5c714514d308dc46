import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { encode } from "next-auth/jwt";

const ROOT = path.resolve(import.meta.dirname, "../..");
const MANIFEST = path.join(ROOT, ".next/server/server-reference-manifest.json");
// Over plain http Auth.js names its cookie without the __Secure- prefix; the name is also the salt.
export const SESSION_COOKIE = "authjs.session-token";

type ManifestEntry = { exportedName?: string; filename?: string };
type Manifest = { node: Record<string, ManifestEntry> };

/**
 * The id Next gave a server action in the current build: what a browser sends as the Next-Action
 * header. Read after the server is up (the build is the one it serves).
 */
export function findActionId(exportedName: string, file: string): string {
  const manifest = JSON.parse(readFileSync(MANIFEST, "utf8")) as Manifest;
  const ids = Object.entries(manifest.node)
    .filter(([, entry]) => entry.exportedName === exportedName && entry.filename?.endsWith(file))
    .map(([id]) => id);
  if (ids.length !== 1) throw new Error(`${MANIFEST}: expected one server action ${exportedName} in ${file}, found ${ids.length}`);
  return ids[0]!;
}

/** A session cookie for `userId`, as Auth.js issues it after sign-in (JWT strategy, encrypted with AUTH_SECRET). */
export async function mintSessionCookie(userId: string, name: string, secret: string): Promise<string> {
  const token = await encode({ token: { sub: userId, id: userId, role: "PLAYER", name }, secret, salt: SESSION_COOKIE });
  return `${SESSION_COOKIE}=${token}`;
}

type EncodeReply = (value: unknown) => Promise<string | FormData>;

// React's own encoder for action arguments, the one the browser bundle uses (Next's compiled copy).
const { encodeReply } = createRequire(import.meta.url)(
  path.join(ROOT, "node_modules/next/dist/compiled/react-server-dom-webpack/client.node.js"),
) as { encodeReply: EncodeReply };

export type ActionReply = { status: number; ok: boolean; code: string | null; message: string | null };

/**
 * Calls a `useActionState` form action (previous state, FormData) the way React's client does: a
 * POST to the page with the Next-Action header and the arguments encoded by React, then reads the
 * returned ActionResult out of the RSC payload.
 */
export async function callFormAction(
  baseUrl: string,
  pagePath: string,
  actionId: string,
  cookie: string,
  form: FormData,
): Promise<ActionReply> {
  const body = await encodeReply([null, form]);
  const response = await fetch(`${baseUrl}${pagePath}`, {
    method: "POST",
    headers: { "Next-Action": actionId, Accept: "text/x-component", Cookie: cookie, Origin: baseUrl },
    body,
    redirect: "manual",
  });
  const text = await response.text();
  const result = /\{"ok":(true|false)[^\n]*/.exec(text)?.[0] ?? "";
  return {
    status: response.status,
    ok: response.ok && result.startsWith('{"ok":true'),
    code: /"code":"([A-Z_]+)"/.exec(result)?.[1] ?? null,
    message: /"message":"((?:[^"\\]|\\.)*)"/.exec(result)?.[1] ?? (result === "" ? text.slice(0, 200) : null),
  };
}
