import { encode } from "next-auth/jwt";

// Over plain http Auth.js names its cookie without the __Secure- prefix; the name is also the salt.
export const SESSION_COOKIE = "authjs.session-token";

/** A session cookie for `userId`, as Auth.js issues it after sign-in (JWT strategy, encrypted with AUTH_SECRET). */
export async function mintSessionCookie(userId: string, name: string, secret: string): Promise<string> {
  const token = await encode({ token: { sub: userId, id: userId, role: "PLAYER", name }, secret, salt: SESSION_COOKIE });
  return `${SESSION_COOKIE}=${token}`;
}

export type SaveReply = { status: number; ok: boolean; code: string | null; message: string | null };

/**
 * A roster save as the roster builder sends it (components/play/post-roster.ts): the form's fields
 * to POST /api/play/<event>/roster from one of our pages, with the player's session cookie.
 */
export async function postRosterSave(
  baseUrl: string,
  eventSlug: string,
  cookie: string,
  roster: { crewIds: readonly number[]; captainId: number },
): Promise<SaveReply> {
  const body = new URLSearchParams([
    ["eventSlug", eventSlug],
    ...roster.crewIds.map((id) => ["crewId", String(id)]),
    ["captainId", String(roster.captainId)],
  ]);
  const response = await fetch(`${baseUrl}/api/play/${eventSlug}/roster`, {
    method: "POST",
    headers: { Accept: "application/json", Cookie: cookie, Origin: baseUrl },
    body,
    redirect: "manual",
  });
  const text = await response.text();
  let answer: { ok?: unknown; code?: unknown; message?: unknown } = {};
  try {
    answer = JSON.parse(text) as typeof answer;
  } catch {
    // not the endpoint's answer (an error page): reported with its first characters below
  }
  return {
    status: response.status,
    ok: response.ok && answer.ok === true,
    code: typeof answer.code === "string" ? answer.code : null,
    message: typeof answer.message === "string" ? answer.message : text.slice(0, 200),
  };
}
