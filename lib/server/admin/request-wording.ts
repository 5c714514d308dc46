import "server-only";
import { getRequestTranslate, resolveRequestLocale } from "@/lib/server/i18n/request-locale";
import type { Wording } from "./wording";

/** The request's translator and locale, for admin data functions called from actions (apart from wording.ts: scripts load that). */
export async function requestWording(): Promise<Wording> {
  const [t, locale] = await Promise.all([getRequestTranslate(), resolveRequestLocale()]);
  return { t, locale };
}
