import { getTranslations } from "next-intl/server";

export async function SiteFooter() {
  const t = await getTranslations("common.footer");
  return (
    <footer className="border-t border-sand-200 bg-sand-100 text-sm text-night-800">
      <div className="mx-auto max-w-5xl space-y-1 px-4 py-4">
        <p>{t("disclaimer")}</p>
        <p>{t("data")}</p>
      </div>
    </footer>
  );
}
