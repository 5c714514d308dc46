import "server-only";
import { cache } from "react";
import { cookies, headers } from "next/headers";
import { auth } from "@/auth";
import { db } from "@/lib/server/db";
import { isDatabaseUnavailable } from "@/lib/server/database-unavailable";
import type { NextRequest } from "next/server";
import { DEFAULT_LOCALE, isLocale, LOCALE_COOKIE, LOCALE_PARAM, type AppLocale } from "@/lib/i18n/locales";
import { negotiateLocale } from "@/lib/i18n/negotiate-locale";
import { LOCALE_OVERRIDE_HEADER } from "@/lib/i18n/request-headers";
import { loadTranslate, type Translate } from "@/lib/i18n/translate";

// Outside a request (scripts, tests calling an action) there are no headers or cookies: English.
async function readRequest(): Promise<{ headers: Headers | null; cookie: string | undefined }> {
  try {
    const [requestHeaders, jar] = await Promise.all([headers(), cookies()]);
    return { headers: requestHeaders, cookie: jar.get(LOCALE_COOKIE)?.value };
  } catch {
    return { headers: null, cookie: undefined };
  }
}

/** The signed-in player's saved language; none while the database is down (the page still renders). */
async function readSavedLocale(): Promise<AppLocale | null> {
  try {
    const id = (await auth())?.user?.id;
    if (!id) return null;
    const user = await db.user.findUnique({ where: { id }, select: { locale: true, deletedAt: true } });
    return user && !user.deletedAt && isLocale(user.locale) ? user.locale : null;
  } catch (error) {
    if (isDatabaseUnavailable(error)) return null;
    throw error;
  }
}

/**
 * The language of this request: the page's `?lang=`, else the `lang` cookie (the switcher's choice,
 * set from the account's saved one at sign-in), else the signed-in player's saved choice, else the
 * browser's Accept-Language, else English. Once per request.
 */
export const resolveRequestLocale = cache(async (): Promise<AppLocale> => {
  const request = await readRequest();
  return chooseLocale(request.headers?.get(LOCALE_OVERRIDE_HEADER), request.cookie, readSavedLocale, request.headers);
});

/** The order above; the saved choice is read only when the request names no language itself. */
async function chooseLocale(
  fromUrl: string | null | undefined,
  cookie: string | undefined,
  readSaved: () => Promise<string | null>,
  requestHeaders: Headers | null,
): Promise<AppLocale> {
  if (isLocale(fromUrl)) return fromUrl;
  if (isLocale(cookie)) return cookie;
  const saved = await readSaved();
  if (isLocale(saved)) return saved;
  return negotiateLocale(requestHeaders?.get("accept-language")) ?? DEFAULT_LOCALE;
}

/**
 * The same language for a route handler that has read the player's row already (the roster save):
 * `?lang=` on its own address (the proxy that turns it into a header does not run for /api), the
 * cookie, the saved choice, the browser's.
 */
export async function getRouteTranslate(request: NextRequest, savedLocale: string | null): Promise<Translate> {
  const locale = await chooseLocale(
    request.nextUrl.searchParams.get(LOCALE_PARAM),
    request.cookies.get(LOCALE_COOKIE)?.value,
    async () => savedLocale,
    request.headers,
  );
  return loadTranslate(locale);
}

/** For server actions and route handlers: message keys (msg) to text in the request's language. */
export async function getRequestTranslate(): Promise<Translate> {
  return loadTranslate(await resolveRequestLocale());
}
