"use client";

import Link from "next/link";
import { useEffect, useSyncExternalStore } from "react";
import { createTranslator } from "next-intl";
import "./globals.css";
import { TextLink } from "@/components/ui/text-link";
import { DEFAULT_LOCALE, directionOf, isLocale, LOCALE_COOKIE, type AppLocale } from "@/lib/i18n/locales";
import { negotiateLocale } from "@/lib/i18n/negotiate-locale";
import ar from "@/messages/ar/errors.json";
import en from "@/messages/en/errors.json";
import es from "@/messages/es/errors.json";
import fr from "@/messages/fr/errors.json";

// Replaces the root layout when the layout itself fails, so it brings its own html, body and styles,
// and its own messages: the request's language and messages may be what failed. It carries the
// errors namespace of every language (a few lines each) and picks one as the rest of the site does,
// from the `lang` cookie, else the browser's languages.
const ERRORS: Record<AppLocale, typeof en> = { en, fr, es, ar };

function readBrowserLocale(): AppLocale {
  const cookie = document.cookie
    .split("; ")
    .find((entry) => entry.startsWith(`${LOCALE_COOKIE}=`))
    ?.slice(LOCALE_COOKIE.length + 1);
  if (isLocale(cookie)) return cookie;
  return negotiateLocale(navigator.languages.join(",")) ?? DEFAULT_LOCALE;
}

const noSubscription = () => () => {};

export default function GlobalError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const locale = useSyncExternalStore(noSubscription, readBrowserLocale, () => DEFAULT_LOCALE);
  const t = createTranslator({ locale, messages: { errors: ERRORS[locale] }, namespace: "errors" });
  useEffect(() => {
    console.error(error);
  }, [error]);
  return (
    <html lang={locale} dir={directionOf(locale)}>
      <head>
        <title>{t("global.documentTitle")}</title>
      </head>
      <body className="flex min-h-screen flex-col">
        <header className="border-b border-sand-200 bg-night-900 text-sand-50">
          <div className="mx-auto max-w-5xl px-4 py-3">
            <Link href="/" className="text-lg font-bold tracking-tight">
              <span aria-hidden="true">◭ </span>
              {t("global.brand")}
            </Link>
          </div>
        </header>
        <main id="main" className="mx-auto w-full max-w-5xl flex-1 px-4 py-6 sm:py-10">
          <div role="alert" className="space-y-3">
            <h1 className="text-2xl font-bold">{t("boundary.title")}</h1>
            <p>{t("global.body")}</p>
            {error.digest ? <p className="text-sm text-stone-600">{t("boundary.reference", { digest: error.digest })}</p> : null}
            <div className="flex flex-wrap items-center gap-4">
              <button type="button" onClick={reset} className="rounded bg-dune-700 px-4 py-2 font-semibold text-white hover:bg-dune-600">
                {t("boundary.retry")}
              </button>
              <TextLink href="/">{t("global.home")}</TextLink>
            </div>
          </div>
        </main>
        <footer className="border-t border-sand-200 bg-sand-100 text-sm text-night-800">
          <p className="mx-auto max-w-5xl px-4 py-4">{t("global.disclaimer")}</p>
        </footer>
      </body>
    </html>
  );
}
