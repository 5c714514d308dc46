"use client";

import { useActionState } from "react";
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

const TYPES = [
  { value: "STAGE", label: "Stage" },
  { value: "MARATHON", label: "Marathon stage" },
  { value: "PROLOGUE", label: "Prologue" },
];

type Props =
  | { mode: "create"; eventId: number; timeZone: string; timeZoneLabel: string; nextNumber: number; stage?: undefined }
  | { mode: "edit"; stage: EditableStage };

/** Adds a stage (with its start in the event's local time), or edits a stage's details. */
export function StageForm(props: Props) {
  const { stage } = props;
  const [result, action, isPending] = useActionState(stage ? updateStageAction : createStageAction, null);
  const { errors, value } = formFeedback(result);
  const field = { formId: stage ? `stage-${stage.id}` : "new-stage" };
  return (
    <form action={action} className="space-y-4" noValidate aria-label={stage ? "Stage details" : "New stage"}>
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
          label="Number"
          type="number"
          min={0}
          max={200}
          defaultValue={value("number", stage?.number ?? (props.mode === "create" ? props.nextNumber : ""))}
          errors={errors("number")}
          hint="0 for the prologue, then 1, 2, 3… in running order"
        />
        <SelectInput
          {...field}
          name="type"
          label="Type"
          defaultValue={value("type", stage?.type ?? "STAGE")}
          errors={errors("type")}
          options={TYPES}
        />
        <TextInput
          {...field}
          name="name"
          label="Name"
          required={false}
          defaultValue={value("name", stage?.name)}
          errors={errors("name")}
          hint="Shown as “Stage 4: name”"
        />
        {props.mode === "create" ? (
          <TextInput
            {...field}
            name="startsAtLocal"
            label={`Start, local time (${props.timeZone}, ${props.timeZoneLabel})`}
            type="datetime-local"
            defaultValue={value("startsAtLocal", "")}
            errors={errors("startsAtLocal")}
            hint="Rosters and podium calls lock at the start. Typed in the event's local time, stored in UTC"
          />
        ) : null}
        <TextInput
          {...field}
          name="startTown"
          label="Start town"
          defaultValue={value("startTown", stage?.startTown)}
          errors={errors("startTown")}
        />
        <TextInput
          {...field}
          name="finishTown"
          label="Finish town"
          defaultValue={value("finishTown", stage?.finishTown)}
          errors={errors("finishTown")}
        />
        <TextInput
          {...field}
          name="specialKm"
          label="Special (km)"
          type="number"
          min={0}
          max={10000}
          required={false}
          defaultValue={value("specialKm", stage?.specialKm)}
          errors={errors("specialKm")}
          hint="The timed section"
        />
        <TextInput
          {...field}
          name="totalKm"
          label="Total (km)"
          type="number"
          min={0}
          max={10000}
          required={false}
          defaultValue={value("totalKm", stage?.totalKm)}
          errors={errors("totalKm")}
          hint="Liaisons included"
        />
      </div>
      <TextArea {...field} name="note" label="Note" defaultValue={value("note", stage?.note)} errors={errors("note")} />
      <FormMessage result={result} />
      <Button type="submit" disabled={isPending}>
        {stage ? "Save stage" : "Add stage"}
      </Button>
    </form>
  );
}
