"use server";

import { z } from "zod";
import { LOCALES } from "@/lib/i18n/locales";
import { db } from "@/lib/server/db";
import { getCurrentUser } from "@/lib/server/auth/session";
import { isDatabaseUnavailable } from "@/lib/server/errors";
import { setLocaleCookie } from "@/lib/server/i18n/locale-cookie";
import { saveUserLocale } from "@/lib/server/users/user-locale";

const localeSchema = z.enum(LOCALES);

/**
 * The language switcher (header) and the account's language setting: remembers the choice on this
 * browser and, for a signed-in player, on the account. A plain form post, so it works without
 * JavaScript; setting the cookie re-renders the page in the new language.
 */
export async function changeLocaleAction(formData: FormData): Promise<void> {
  const parsed = localeSchema.safeParse(formData.get("locale"));
  if (!parsed.success) return;
  await setLocaleCookie(parsed.data);
  try {
    const user = await getCurrentUser();
    if (user) await saveUserLocale(db, user.id, parsed.data);
  } catch (error) {
    // The cookie is set, so the switch works; the account keeps its old choice until the next one.
    if (!isDatabaseUnavailable(error)) throw error;
    console.error("database unavailable while saving a language:", error instanceof Error ? error.message : error);
  }
}
