"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { abandonReplayAction } from "@/lib/server/actions/replay";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";

/**
 * Abandons the run, behind a second step (a <details>) so a stray tap cannot lose it.
 * Client groups: replay.abandon.
 */
export function AbandonRunForm({ runId }: { runId: number }) {
  const t = useTranslations("replay");
  const [result, action, isPending] = useActionState(abandonReplayAction, null);
  return (
    <details className="rounded-lg border border-sand-200 bg-white p-4">
      <summary className="cursor-pointer font-semibold">{t("abandon.summary")}</summary>
      <form action={action} className="mt-3 space-y-3">
        <input type="hidden" name="runId" value={runId} />
        <p className="text-sm text-stone-700">{t("abandon.explained")}</p>
        <FormMessage result={result} />
        <Button type="submit" variant="danger" disabled={isPending}>
          {t("abandon.confirm")}
        </Button>
      </form>
    </details>
  );
}
