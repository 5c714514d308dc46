import "server-only";
import { headers } from "next/headers";
import { LOCALE_PARAM, LOCALES } from "@/lib/i18n/locales";
import { PAGE_PATH_HEADER } from "@/lib/i18n/request-headers";

/**
 * The page's hreflang alternates: the same URL with `?lang=xx` per language, and the plain URL as
 * x-default (it follows the visitor's choice or browser). URLs carry no language otherwise, so
 * shared links keep working; `?lang=` shows that page in that language without remembering it.
 */
export async function languageAlternates(): Promise<Record<string, string> | undefined> {
  const path = (await headers()).get(PAGE_PATH_HEADER);
  if (!path) return undefined;
  const url = new URL(path, "http://site.invalid");
  url.searchParams.delete(LOCALE_PARAM);
  const plain = `${url.pathname}${url.search}`;
  const languages: Record<string, string> = { "x-default": plain };
  for (const locale of LOCALES) {
    url.searchParams.set(LOCALE_PARAM, locale);
    languages[locale] = `${url.pathname}${url.search}`;
  }
  return languages;
}
