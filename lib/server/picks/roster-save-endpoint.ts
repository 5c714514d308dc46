import "server-only";
import { NextRequest } from "next/server";
import { auth } from "@/auth";
import { db } from "@/lib/server/db";
import { AppError, mapError, type ActionResult } from "@/lib/server/errors";
import { getRouteTranslate } from "@/lib/server/i18n/request-locale";
import { isSameOriginRequest } from "@/lib/server/security/same-origin";
import { msg, type Translate } from "@/lib/i18n/translate";
import { readRosterForm, saveRosterSchema } from "@/lib/validation/play";
import { loadRosterSaveContext } from "./load-event-rules";
import { saveRosterInContext } from "./save-roster";

// no-transform: the answer is a few dozen bytes, and compressing it (Next compresses every answer
// that does not forbid it) cost a zlib stream per save, a tenth of the server's CPU in a rush.
const NO_STORE = { "Cache-Control": "no-store, no-transform" };

function answer(result: ActionResult, status: number): Response {
  return Response.json(result, { status, headers: NO_STORE });
}

/**
 * POST /api/play/<event>/roster: the roster builder's save, answered as JSON in the player's
 * language ({ ok, message, code?, fieldErrors? }, as a form action answers). A route handler rather
 * than a server action because deadline day is a burst of these: an action runs through the page's
 * renderer, the proxy and a React payload, several times the work of the save itself (bench/README.md,
 * "The rush's CPU"). Two statements: the account, event and current roster together, then the save.
 */
export async function handleRosterSave(incoming: Request, eventSlug: string): Promise<Response> {
  // Next passes a NextRequest; anything else (a test's plain Request) is wrapped for its cookies.
  const request = incoming instanceof NextRequest ? incoming : new NextRequest(incoming);
  let translate: Translate | null = null;
  try {
    const session = await auth();
    const userId = session?.user?.id;
    if (!userId) throw new AppError("UNAUTHENTICATED", msg("errors.action.signIn"));
    if (!isSameOriginRequest(request)) throw new AppError("FORBIDDEN", msg("errors.action.crossSite"));
    const context = await loadRosterSaveContext(db, userId, eventSlug);
    const { user } = context;
    // As getCurrentUser: a deleted account, or a session from before "sign out everywhere" or a
    // password change, no longer saves whatever its token says.
    if (!user || user.isDeleted || user.sessionVersion !== session.user.sessionVersion) {
      throw new AppError("UNAUTHENTICATED", msg("errors.action.signIn"));
    }
    translate = await getRouteTranslate(request, user.locale);
    const formData = await readFormData(request);
    const input = saveRosterSchema.parse({ eventSlug, ...readRosterForm(formData) });
    const saved = await saveRosterInContext(db, { userId, ...input }, context, translate);
    const stage = saved.appliesFromStage === 0 ? "prologue" : "numbered";
    return answer({ ok: true, message: translate(msg("play.action.rosterSaved"), { stage, number: saved.appliesFromStage }) }, 200);
  } catch (error) {
    const { status, code, message, fieldErrors } = mapError(error, translate ?? (await getRouteTranslate(request, null)));
    return answer({ ok: false, code, message, fieldErrors }, status);
  }
}

async function readFormData(request: NextRequest): Promise<FormData> {
  try {
    return await request.formData();
  } catch {
    throw new AppError("BAD_REQUEST", msg("errors.action.invalid"));
  }
}
