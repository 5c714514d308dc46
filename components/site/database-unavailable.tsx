import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { isDatabaseUnavailable } from "@/lib/server/errors";

/**
 * What a page shows while the database is down or restarting. Next renders a server error outside
 * a Suspense boundary as a bare HTML shell (the error page appears only once its scripts run), so
 * the pages that read the database render this notice themselves instead of throwing.
 */
export async function DatabaseUnavailable() {
  const t = await getTranslations("errors.unavailable");
  return (
    <div role="alert" className="space-y-3">
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <p>{t("body")}</p>
    </div>
  );
}

function logUnavailable(error: unknown): void {
  console.error("database unavailable while rendering:", error instanceof Error ? error.message : error);
}

/** The page, or the notice above when its reads meet a database that is down; other errors propagate. */
export function withDatabaseNotice<Props>(page: (props: Props) => Promise<React.ReactNode>): (props: Props) => Promise<React.ReactNode> {
  return async function PageOrNotice(props: Props) {
    try {
      return await page(props);
    } catch (error) {
      if (!isDatabaseUnavailable(error)) throw error;
      logUnavailable(error);
      return <DatabaseUnavailable />;
    }
  };
}

/** generateMetadata's counterpart: a plain title, kept out of search indexes, while the database is down. */
export function withMetadataFallback<Props>(generate: (props: Props) => Promise<Metadata>): (props: Props) => Promise<Metadata> {
  return async (props: Props) => {
    try {
      return await generate(props);
    } catch (error) {
      if (!isDatabaseUnavailable(error)) throw error;
      logUnavailable(error);
      const t = await getTranslations("errors.unavailable");
      return { title: t("title"), robots: { index: false } };
    }
  };
}
