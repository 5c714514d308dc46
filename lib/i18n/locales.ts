// The languages of the game. The code ("fr") is what the `lang` cookie, User.locale, <html lang>,
// hreflang and the message folders (messages/<code>/) use; INTL_LOCALES says how dates and numbers
// are written in each.

export const LOCALES = ["en", "fr", "es", "ar"] as const;
export type AppLocale = (typeof LOCALES)[number];

export const DEFAULT_LOCALE: AppLocale = "en";

/** The cookie that remembers a visitor's or player's choice (set by the switcher and at sign-in). */
export const LOCALE_COOKIE = "lang";

/** The query parameter of the hreflang alternates (`?lang=fr`): that page in that language, not remembered. */
export const LOCALE_PARAM = "lang";

export function isLocale(value: unknown): value is AppLocale {
  return typeof value === "string" && (LOCALES as readonly string[]).includes(value);
}

/**
 * Each language named in itself, as a switcher shows them: a reader looks for their own language's
 * name, whatever the page's language. The same in every message file, so kept here.
 */
export const LOCALE_NAMES: Record<AppLocale, string> = { en: "English", fr: "Français", es: "Español", ar: "العربية" };

const RIGHT_TO_LEFT: ReadonlySet<AppLocale> = new Set(["ar"]);

export function directionOf(locale: AppLocale): "ltr" | "rtl" {
  return RIGHT_TO_LEFT.has(locale) ? "rtl" : "ltr";
}

/**
 * The Intl locale of each language's dates and numbers. English keeps the British day-month order
 * the game always used. Arabic: the Gregorian calendar (ar-SA would default to the Hijri one; the
 * Dakar's dates are Gregorian) and Latin digits (docs/i18n.md says why), spelled out so that every
 * runtime writes the same digits whatever its CLDR version.
 */
export const INTL_LOCALES: Record<AppLocale, string> = {
  en: "en-GB",
  fr: "fr-FR",
  es: "es-ES",
  ar: "ar-SA-u-ca-gregory-nu-latn",
};
