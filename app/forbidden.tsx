import { getTranslations } from "next-intl/server";
import { TextLink } from "@/components/ui/text-link";

export default async function Forbidden() {
  const [t, tCommon] = await Promise.all([getTranslations("errors.forbidden"), getTranslations("common")]);
  return (
    <div className="space-y-3">
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <p>{t("body")}</p>
      <TextLink href="/">{tCommon("backHome")}</TextLink>
    </div>
  );
}
