"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { lockStageNowAction } from "@/lib/server/actions/admin-stages";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";

/** Locks a stage at this moment, e.g. when the organiser starts it early. Messages: admin.forms.lockNow. */
export function LockStageNowForm({ stage }: { stage: { id: number; version: number } }) {
  const [result, action, isPending] = useActionState(lockStageNowAction, null);
  const t = useTranslations("admin.forms.lockNow");
  return (
    <form action={action} className="space-y-2" aria-label={t("label")}>
      <input type="hidden" name="stageId" value={stage.id} />
      <input type="hidden" name="version" value={stage.version} />
      <p className="text-sm text-stone-700">{t("explain")}</p>
      <FormMessage result={result} />
      <Button type="submit" variant="danger" disabled={isPending}>
        {t("submit")}
      </Button>
    </form>
  );
}
