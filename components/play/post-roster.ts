import { LOCALE_PARAM } from "@/lib/i18n/locales";
import type { ActionResult } from "@/lib/server/errors";

/**
 * Sends the roster builder's form to the save endpoint (app/api/play/[slug]/roster) and returns its
 * answer, shaped as a form action's. The page's language goes along (`?lang=`), so the answer reads
 * like the page even when the page's language came from its own address. A failed connection, or an
 * answer that is not the endpoint's (a proxy's error page), becomes `failedMessage`: the player's
 * picks stay on screen to save again.
 */
export async function postRoster(eventSlug: string, formData: FormData, locale: string, failedMessage: string): Promise<ActionResult> {
  try {
    const query = new URLSearchParams({ [LOCALE_PARAM]: locale });
    const response = await fetch(`/api/play/${encodeURIComponent(eventSlug)}/roster?${query}`, {
      method: "POST",
      headers: { Accept: "application/json" },
      body: new URLSearchParams([...formData].map(([name, value]) => [name, String(value)])),
    });
    const body: unknown = await response.json();
    if (isActionResult(body)) return body;
  } catch {
    // the connection failed, or the answer was not JSON: answered below
  }
  return { ok: false, message: failedMessage };
}

function isActionResult(body: unknown): body is ActionResult {
  if (typeof body !== "object" || body === null || !("ok" in body)) return false;
  return body.ok === true || (body.ok === false && "message" in body && typeof body.message === "string");
}
