"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { revealReplayStageAction } from "@/lib/server/actions/replay";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";

/** Reveals the open stage: its picks become final and its real result scores. Client groups: replay.reveal. */
export function RevealForm({ runId, stageNumber, stageLabel }: { runId: number; stageNumber: number; stageLabel: string }) {
  const t = useTranslations("replay");
  const [result, action, isPending] = useActionState(revealReplayStageAction, null);
  return (
    <form action={action} className="space-y-3" aria-label={t("reveal.label", { stage: stageLabel })}>
      <input type="hidden" name="runId" value={runId} />
      <input type="hidden" name="stageNumber" value={stageNumber} />
      <p className="text-sm text-stone-700">{t("reveal.explained")}</p>
      <FormMessage result={result} />
      <Button type="submit" disabled={isPending} className="w-full sm:w-auto">
        {isPending ? t("reveal.pending") : t("reveal.button", { stage: stageLabel })}
      </Button>
    </form>
  );
}
