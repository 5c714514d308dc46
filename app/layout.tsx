import type { Metadata, Viewport } from "next";
import { connection } from "next/server";
import { NextIntlClientProvider } from "next-intl";
import { getLocale, getMessages, getTranslations } from "next-intl/server";
import { SiteHeader } from "@/components/site/site-header";
import { SiteFooter } from "@/components/site/site-footer";
import { appUrl } from "@/lib/env";
import { directionOf } from "@/lib/i18n/locales";
import { pickMessages, ROOT_CLIENT_GROUPS } from "@/lib/i18n/messages";
import { languageAlternates } from "@/lib/server/i18n/language-alternates";
import "./globals.css";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("common");
  return {
    metadataBase: new URL(appUrl()),
    title: { default: t("brand"), template: `%s · ${t("brand")}` },
    description: t("description"),
    alternates: { languages: await languageAlternates() },
  };
}

export const viewport: Viewport = { width: "device-width", initialScale: 1, themeColor: "#854615" };

export default async function RootLayout({ children }: Readonly<{ children: React.ReactNode }>) {
  // Every page renders per request: Next stamps its scripts with the request's CSP nonce (proxy.ts),
  // and a page prerendered at build time would carry scripts without one, which the policy blocks.
  // No inline script of ours needs the nonce today; one that does reads `(await headers()).get("x-nonce")`.
  await connection();
  const [locale, messages, t] = await Promise.all([getLocale(), getMessages(), getTranslations("common")]);
  return (
    <html lang={locale} dir={directionOf(locale)}>
      <body className="flex min-h-screen flex-col">
        {/* Client components get only the message groups they use (docs/i18n.md): ROOT_CLIENT_GROUPS here. */}
        <NextIntlClientProvider messages={pickMessages(messages, ROOT_CLIENT_GROUPS)}>
          <a
            href="#main"
            className="sr-only focus:not-sr-only focus:absolute focus:start-2 focus:top-2 focus:z-50 focus:rounded focus:bg-white focus:px-3 focus:py-2"
          >
            {t("skipToContent")}
          </a>
          <SiteHeader />
          <main id="main" className="mx-auto w-full max-w-5xl flex-1 px-4 py-6 sm:py-10">
            {children}
          </main>
          <SiteFooter />
        </NextIntlClientProvider>
      </body>
    </html>
  );
}
