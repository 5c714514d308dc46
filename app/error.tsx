"use client";

import { useEffect } from "react";
import { useTranslations } from "next-intl";

// Its messages (errors.boundary) are given to every page by the root layout.
export default function RootError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const t = useTranslations("errors.boundary");
  useEffect(() => {
    console.error(error);
  }, [error]);
  return (
    <div role="alert" className="space-y-3">
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <p>{t("body")}</p>
      {error.digest ? <p className="text-sm text-stone-600">{t("reference", { digest: error.digest })}</p> : null}
      <button type="button" onClick={reset} className="rounded bg-dune-700 px-4 py-2 font-semibold text-white hover:bg-dune-600">
        {t("retry")}
      </button>
    </div>
  );
}
