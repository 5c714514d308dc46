"use client";

import { useEffect } from "react";

export default function RootError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  useEffect(() => {
    console.error(error);
  }, [error]);
  return (
    <div role="alert" className="space-y-3">
      <h1 className="text-2xl font-bold">Something went wrong</h1>
      <p>This page could not be loaded. If it keeps happening, the database may be restarting: try again shortly.</p>
      {error.digest ? <p className="text-sm text-stone-600">Reference: {error.digest}</p> : null}
      <button type="button" onClick={reset} className="rounded bg-dune-700 px-4 py-2 font-semibold text-white hover:bg-dune-600">
        Try again
      </button>
    </div>
  );
}
