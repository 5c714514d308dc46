import { useTranslations } from "next-intl";
import { Badge } from "@/components/ui/badge";
import { getStageLockState, type LockableStage } from "@/lib/game/stage-lock";

export function StageStatus({
  stage,
  now,
}: {
  stage: LockableStage & { resultsStatus: "DRAFT" | "PROVISIONAL" | "OFFICIAL" | null };
  now: Date;
}) {
  const t = useTranslations("events");
  const lock = getStageLockState(stage, now);
  const results =
    stage.resultsStatus === "OFFICIAL"
      ? t("stageStatus.official")
      : stage.resultsStatus === "PROVISIONAL"
        ? t("stageStatus.provisional")
        : null;
  return (
    <span className="flex flex-wrap gap-1">
      {lock === "cancelled" ? <Badge tone="muted">{t("stageStatus.cancelled")}</Badge> : null}
      {lock === "open" ? <Badge tone="accent">{t("stageStatus.open")}</Badge> : null}
      {lock === "locked" && !results ? <Badge>{t("stageStatus.locked")}</Badge> : null}
      {results ? <Badge tone={stage.resultsStatus === "OFFICIAL" ? "success" : "warning"}>{results}</Badge> : null}
    </span>
  );
}
