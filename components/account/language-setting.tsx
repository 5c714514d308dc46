import { getLocale, getTranslations } from "next-intl/server";
import { changeLocaleAction } from "@/lib/server/actions/locale";
import { LOCALE_NAMES, LOCALES } from "@/lib/i18n/locales";
import { Button } from "@/components/ui/button";

/** The account's language: saved on the account and this browser (the header's switcher does the same). */
export async function LanguageSetting() {
  const [locale, t] = await Promise.all([getLocale(), getTranslations("account.language")]);
  return (
    <section aria-labelledby="language-heading" className="space-y-3">
      <h2 id="language-heading" className="text-lg font-semibold">
        {t("heading")}
      </h2>
      <p className="text-sm text-stone-700">{t("intro")}</p>
      <form action={changeLocaleAction} className="flex flex-wrap items-end gap-3">
        <div className="space-y-1">
          <label htmlFor="locale" className="block text-sm font-semibold">
            {t("choice")}
          </label>
          {/* Keyed by the language: after saving, React resets the form to the new page's value, not the old one. */}
          <select
            key={locale}
            id="locale"
            name="locale"
            defaultValue={locale}
            className="block min-h-11 rounded-md border border-stone-400 bg-white px-3 py-2 text-base"
          >
            {LOCALES.map((option) => (
              <option key={option} value={option} lang={option}>
                {LOCALE_NAMES[option]}
              </option>
            ))}
          </select>
        </div>
        <Button type="submit">{t("save")}</Button>
      </form>
    </section>
  );
}
