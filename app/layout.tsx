import type { Metadata, Viewport } from "next";
import { connection } from "next/server";
import { SiteHeader } from "@/components/site/site-header";
import { SiteFooter } from "@/components/site/site-footer";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Dune Draft", template: "%s · Dune Draft" },
  description:
    "Fantasy and prediction game for the Stock category of the Dakar Rally: build a roster of crews, call each stage's podium, climb the leaderboards.",
};

export const viewport: Viewport = { width: "device-width", initialScale: 1, themeColor: "#854615" };

export default async function RootLayout({ children }: Readonly<{ children: React.ReactNode }>) {
  // Every page renders per request: Next stamps its scripts with the request's CSP nonce (proxy.ts),
  // and a page prerendered at build time would carry scripts without one, which the policy blocks.
  // No inline script of ours needs the nonce today; one that does reads `(await headers()).get("x-nonce")`.
  await connection();
  return (
    <html lang="en">
      <body className="flex min-h-screen flex-col">
        <a
          href="#main"
          className="sr-only focus:not-sr-only focus:absolute focus:top-2 focus:left-2 focus:z-50 focus:rounded focus:bg-white focus:px-3 focus:py-2"
        >
          Skip to content
        </a>
        <SiteHeader />
        <main id="main" className="mx-auto w-full max-w-5xl flex-1 px-4 py-6 sm:py-10">
          {children}
        </main>
        <SiteFooter />
      </body>
    </html>
  );
}
