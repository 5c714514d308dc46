"use client";

import Link from "next/link";
import { useEffect } from "react";
import "./globals.css";
import { TextLink } from "@/components/ui/text-link";

// Replaces the root layout when the layout itself fails, so it brings its own html, body and styles.
export default function GlobalError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  useEffect(() => {
    console.error(error);
  }, [error]);
  return (
    <html lang="en">
      <head>
        <title>Something went wrong · Dune Draft</title>
      </head>
      <body className="flex min-h-screen flex-col">
        <header className="border-b border-sand-200 bg-night-900 text-sand-50">
          <div className="mx-auto max-w-5xl px-4 py-3">
            <Link href="/" className="text-lg font-bold tracking-tight">
              <span aria-hidden="true">◭ </span>Dune Draft
            </Link>
          </div>
        </header>
        <main id="main" className="mx-auto w-full max-w-5xl flex-1 px-4 py-6 sm:py-10">
          <div role="alert" className="space-y-3">
            <h1 className="text-2xl font-bold">Something went wrong</h1>
            <p>Dune Draft could not load this page. If it keeps happening, the database may be restarting: try again shortly.</p>
            {error.digest ? <p className="text-sm text-stone-600">Reference: {error.digest}</p> : null}
            <div className="flex flex-wrap items-center gap-4">
              <button type="button" onClick={reset} className="rounded bg-dune-700 px-4 py-2 font-semibold text-white hover:bg-dune-600">
                Try again
              </button>
              <TextLink href="/">Back to the home page</TextLink>
            </div>
          </div>
        </main>
        <footer className="border-t border-sand-200 bg-sand-100 text-sm text-night-800">
          <p className="mx-auto max-w-5xl px-4 py-4">Dune Draft is a fan game, not affiliated with the Dakar Rally, A.S.O. or any team.</p>
        </footer>
      </body>
    </html>
  );
}
