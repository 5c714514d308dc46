"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { setStageCancelledAction } from "@/lib/server/actions/admin-stages";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";

/** Cancels a stage (it scores nothing for anyone) or restores it. Messages: admin.forms.cancel. */
export function StageCancelForm({ stage }: { stage: { id: number; version: number; isCancelled: boolean } }) {
  const [result, action, isPending] = useActionState(setStageCancelledAction, null);
  const t = useTranslations("admin.forms.cancel");
  return (
    <form action={action} className="space-y-3" aria-label={stage.isCancelled ? t("restoreLabel") : t("cancelLabel")}>
      <input type="hidden" name="stageId" value={stage.id} />
      <input type="hidden" name="version" value={stage.version} />
      <input type="hidden" name="cancelled" value={stage.isCancelled ? "false" : "true"} />
      <p className="text-sm text-stone-700">{stage.isCancelled ? t("restoreExplain") : t("cancelExplain")}</p>
      <FormMessage result={result} />
      <Button type="submit" variant={stage.isCancelled ? "secondary" : "danger"} disabled={isPending}>
        {stage.isCancelled ? t("restore") : t("cancel")}
      </Button>
    </form>
  );
}
