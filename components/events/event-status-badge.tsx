import { getTranslations } from "next-intl/server";
import { Badge, type BadgeTone } from "@/components/ui/badge";

const TONES: Record<string, BadgeTone> = { DRAFT: "muted", UPCOMING: "accent", LIVE: "success", COMPLETED: "neutral" };

export async function EventStatusBadge({ status, isSample }: { status: string; isSample: boolean }) {
  const t = await getTranslations("common");
  return (
    <span className="inline-flex gap-1">
      <Badge tone={TONES[status] ?? "neutral"}>{t("eventStatus", { status })}</Badge>
      {isSample ? <Badge tone="warning">{t("sampleData")}</Badge> : null}
    </span>
  );
}
