import { Badge } from "@/components/ui/badge";
import { getStageLockState, type LockableStage } from "@/lib/game/stage-lock";

const RESULT_LABELS = { DRAFT: null, PROVISIONAL: "Provisional results", OFFICIAL: "Official results" } as const;

export function StageStatus({
  stage,
  now,
}: {
  stage: LockableStage & { resultsStatus: "DRAFT" | "PROVISIONAL" | "OFFICIAL" | null };
  now: Date;
}) {
  const lock = getStageLockState(stage, now);
  const results = stage.resultsStatus ? RESULT_LABELS[stage.resultsStatus] : null;
  return (
    <span className="flex flex-wrap gap-1">
      {lock === "cancelled" ? <Badge tone="muted">Cancelled</Badge> : null}
      {lock === "open" ? <Badge tone="accent">Open</Badge> : null}
      {lock === "locked" && !results ? <Badge>Locked</Badge> : null}
      {results ? <Badge tone={stage.resultsStatus === "OFFICIAL" ? "success" : "warning"}>{results}</Badge> : null}
    </span>
  );
}
