"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { createStageAction, updateStageAction } from "@/lib/server/actions/admin-stages";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";
import { SelectInput, TextArea, TextInput, formFeedback } from "./admin-fields";

export type EditableStage = {
  id: number;
  version: number;
  number: number;
  name: string | null;
  type: string;
  startTown: string;
  finishTown: string;
  specialKm: number | null;
  totalKm: number | null;
  note: string | null;
};

const TYPES = ["STAGE", "MARATHON", "PROLOGUE"];

type Props =
  | { mode: "create"; eventId: number; timeZone: string; timeZoneLabel: string; nextNumber: number; stage?: undefined }
  | { mode: "edit"; stage: EditableStage };

/** Adds a stage (with its start in the event's local time), or edits a stage's details. Messages: admin.forms.fields, admin.forms.stage. */
export function StageForm(props: Props) {
  const { stage } = props;
  const [result, action, isPending] = useActionState(stage ? updateStageAction : createStageAction, null);
  const { errors, value } = formFeedback(result);
  const t = useTranslations("admin.forms.stage");
  const field = { formId: stage ? `stage-${stage.id}` : "new-stage" };
  return (
    <form action={action} className="space-y-4" noValidate aria-label={stage ? t("label") : t("newLabel")}>
      {props.mode === "edit" ? (
        <>
          <input type="hidden" name="stageId" value={props.stage.id} />
          <input type="hidden" name="version" value={props.stage.version} />
        </>
      ) : (
        <input type="hidden" name="eventId" value={props.eventId} />
      )}
      <div className="grid gap-3 sm:grid-cols-2">
        <TextInput
          {...field}
          name="number"
          label={t("number")}
          type="number"
          min={0}
          max={200}
          defaultValue={value("number", stage?.number ?? (props.mode === "create" ? props.nextNumber : ""))}
          errors={errors("number")}
          hint={t("numberHint")}
        />
        <SelectInput
          {...field}
          name="type"
          label={t("type")}
          defaultValue={value("type", stage?.type ?? "STAGE")}
          errors={errors("type")}
          options={TYPES.map((type) => ({ value: type, label: t("typeName", { type }) }))}
        />
        <TextInput
          {...field}
          name="name"
          label={t("name")}
          required={false}
          defaultValue={value("name", stage?.name)}
          errors={errors("name")}
          hint={t("nameHint")}
        />
        {props.mode === "create" ? (
          <TextInput
            {...field}
            name="startsAtLocal"
            label={t("start", { zone: props.timeZone, offset: props.timeZoneLabel })}
            type="datetime-local"
            defaultValue={value("startsAtLocal", "")}
            errors={errors("startsAtLocal")}
            hint={t("startHint")}
          />
        ) : null}
        <TextInput
          {...field}
          name="startTown"
          label={t("startTown")}
          defaultValue={value("startTown", stage?.startTown)}
          errors={errors("startTown")}
        />
        <TextInput
          {...field}
          name="finishTown"
          label={t("finishTown")}
          defaultValue={value("finishTown", stage?.finishTown)}
          errors={errors("finishTown")}
        />
        <TextInput
          {...field}
          name="specialKm"
          label={t("specialKm")}
          type="number"
          min={0}
          max={10000}
          required={false}
          defaultValue={value("specialKm", stage?.specialKm)}
          errors={errors("specialKm")}
          hint={t("specialHint")}
        />
        <TextInput
          {...field}
          name="totalKm"
          label={t("totalKm")}
          type="number"
          min={0}
          max={10000}
          required={false}
          defaultValue={value("totalKm", stage?.totalKm)}
          errors={errors("totalKm")}
          hint={t("totalHint")}
        />
      </div>
      <TextArea {...field} name="note" label={t("note")} defaultValue={value("note", stage?.note)} errors={errors("note")} />
      <FormMessage result={result} />
      <Button type="submit" disabled={isPending}>
        {stage ? t("save") : t("add")}
      </Button>
    </form>
  );
}
