import { getLocale, getTranslations } from "next-intl/server";
import { changeLocaleAction } from "@/lib/server/actions/locale";
import { LOCALE_NAMES, LOCALES } from "@/lib/i18n/locales";

/**
 * The header's language menu: a disclosure (details/summary) holding one form whose buttons each
 * post a language to the server action, so it works without JavaScript. Each language is named in
 * itself (and marked with its lang) so a reader finds their own whatever the page's language.
 */
export async function LanguageSwitcher() {
  const [locale, t] = await Promise.all([getLocale(), getTranslations("header.language")]);
  return (
    // Keyed by language: after a switch the menu comes back closed.
    <details key={locale} className="relative">
      <summary className="flex min-h-8 cursor-pointer list-none items-center gap-1 rounded px-1 hover:underline [&::-webkit-details-marker]:hidden">
        <GlobeIcon />
        <span className="sr-only">{t("current", { name: LOCALE_NAMES[locale] })}</span>
        <span aria-hidden="true" lang={locale}>
          {LOCALE_NAMES[locale]}
        </span>
      </summary>
      <form
        action={changeLocaleAction}
        aria-label={t("label")}
        className="absolute end-0 z-40 mt-2 w-40 rounded-md bg-white p-1 text-night-900 shadow-lg ring-1 ring-stone-300"
      >
        <ul>
          {LOCALES.map((option) => (
            <li key={option}>
              <button
                type="submit"
                name="locale"
                value={option}
                lang={option}
                aria-current={option === locale ? "true" : undefined}
                className="block w-full rounded px-3 py-2 text-start hover:bg-sand-100 aria-[current=true]:font-semibold"
              >
                {LOCALE_NAMES[option]}
              </button>
            </li>
          ))}
        </ul>
      </form>
    </details>
  );
}

function GlobeIcon() {
  return (
    <svg aria-hidden="true" viewBox="0 0 24 24" className="h-4 w-4" fill="none" stroke="currentColor" strokeWidth="1.8">
      <circle cx="12" cy="12" r="9" />
      <path d="M3 12h18M12 3c2.5 2.7 3.8 5.7 3.8 9s-1.3 6.3-3.8 9c-2.5-2.7-3.8-5.7-3.8-9s1.3-6.3 3.8-9z" />
    </svg>
  );
}
