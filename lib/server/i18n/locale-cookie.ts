import "server-only";
import { cookies } from "next/headers";
import { LOCALE_COOKIE, type AppLocale } from "@/lib/i18n/locales";

const ONE_YEAR_SECONDS = 365 * 24 * 3600;

/** Remembers a language on this browser (actions only: a page cannot set cookies). Not a secret. */
export async function setLocaleCookie(locale: AppLocale): Promise<void> {
  (await cookies()).set(LOCALE_COOKIE, locale, { path: "/", maxAge: ONE_YEAR_SECONDS, sameSite: "lax" });
}
