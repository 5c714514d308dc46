"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { moveStageStartAction } from "@/lib/server/actions/admin-stages";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";
import { TextInput, formFeedback } from "./admin-fields";

type Props = {
  stage: { id: number; version: number };
  /** The current start as datetime-local text in the event's zone. */
  localValue: string;
  timeZone: string;
  timeZoneLabel: string;
};

/** Moves a stage's start, which is also its lock. Messages: admin.forms.fields, admin.forms.move. */
export function StageStartForm({ stage, localValue, timeZone, timeZoneLabel }: Props) {
  const [result, action, isPending] = useActionState(moveStageStartAction, null);
  const { errors, value } = formFeedback(result);
  const t = useTranslations("admin.forms.move");
  return (
    <form action={action} className="space-y-3" noValidate aria-label={t("label")}>
      <input type="hidden" name="stageId" value={stage.id} />
      <input type="hidden" name="version" value={stage.version} />
      <TextInput
        formId={`stage-${stage.id}-start`}
        name="startsAtLocal"
        label={t("start", { zone: timeZone, offset: timeZoneLabel })}
        type="datetime-local"
        defaultValue={value("startsAtLocal", localValue)}
        errors={errors("startsAtLocal")}
        hint={t("hint")}
      />
      <FormMessage result={result} />
      <Button type="submit" variant="secondary" disabled={isPending}>
        {t("submit")}
      </Button>
    </form>
  );
}
