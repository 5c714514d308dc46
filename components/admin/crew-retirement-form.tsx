"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { setCrewRetirementAction } from "@/lib/server/actions/admin-event-field";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";
import { SelectInput, formFeedback } from "./admin-fields";

type Props = {
  crew: { id: number; version: number; retiredAfterStageId: number | null };
  stages: { id: number; title: string }[];
};

/** Marks a crew out of the rally after a stage, or back in. Messages: admin.forms.retirement. */
export function CrewRetirementForm({ crew, stages }: Props) {
  const [result, action, isPending] = useActionState(setCrewRetirementAction, null);
  const { errors, value } = formFeedback(result);
  const t = useTranslations("admin.forms.retirement");
  return (
    <form action={action} className="max-w-md space-y-3" noValidate aria-label={t("label")}>
      <input type="hidden" name="crewId" value={crew.id} />
      <input type="hidden" name="version" value={crew.version} />
      <SelectInput
        formId={`crew-${crew.id}-retirement`}
        name="retiredAfterStageId"
        label={t("status")}
        defaultValue={value("retiredAfterStageId", crew.retiredAfterStageId ?? "running")}
        errors={errors("retiredAfterStageId")}
        options={[
          { value: "running", label: t("running") },
          ...stages.map((stage) => ({ value: String(stage.id), label: t("retiredAfter", { stage: stage.title }) })),
        ]}
        hint={t("hint")}
      />
      <FormMessage result={result} />
      <Button type="submit" variant="secondary" disabled={isPending}>
        {t("save")}
      </Button>
    </form>
  );
}
