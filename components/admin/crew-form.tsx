"use client";

import { useActionState } from "react";
import { createCrewAction, updateCrewAction } from "@/lib/server/actions/admin-event-field";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";
import { CheckboxInput, SelectInput, TextInput, formFeedback } from "./admin-fields";

export type EditableCrew = {
  id: number;
  version: number;
  teamId: number;
  number: number | null;
  driver: string;
  driverNationality: string | null;
  coDriver: string | null;
  coDriverNationality: string | null;
  vehicle: string | null;
  category: string;
  price: number;
  isSamplePrice: boolean;
  source: string | null;
};

const CATEGORIES = [
  { value: "STOCK", label: "Stock (the game's field)" },
  { value: "ULTIMATE", label: "Ultimate" },
  { value: "CHALLENGER", label: "Challenger" },
  { value: "SSV", label: "SSV" },
];

/** Adds a crew to the event, or edits `crew` (at its version) when given. */
export function CrewForm({ eventId, teams, crew }: { eventId: number; teams: { id: number; name: string }[]; crew?: EditableCrew }) {
  const [result, action, isPending] = useActionState(crew ? updateCrewAction : createCrewAction, null);
  const { errors, value, checked } = formFeedback(result);
  const field = { formId: crew ? `crew-${crew.id}` : "new-crew" };
  return (
    <form action={action} className="space-y-4" noValidate aria-label={crew ? "Crew details" : "New crew"}>
      {crew ? (
        <>
          <input type="hidden" name="crewId" value={crew.id} />
          <input type="hidden" name="version" value={crew.version} />
        </>
      ) : (
        <input type="hidden" name="eventId" value={eventId} />
      )}
      <div className="grid gap-3 sm:grid-cols-2">
        <SelectInput
          {...field}
          name="teamId"
          label="Team"
          defaultValue={value("teamId", crew?.teamId)}
          errors={errors("teamId")}
          options={[
            { value: "", label: "Choose a team", disabled: true },
            ...teams.map((team) => ({ value: String(team.id), label: team.name })),
          ]}
        />
        <TextInput
          {...field}
          name="number"
          label="Race number"
          type="number"
          min={1}
          max={999999}
          required={false}
          defaultValue={value("number", crew?.number)}
          errors={errors("number")}
          hint="Unique within the event; leave blank until the organiser publishes it"
        />
        <TextInput {...field} name="driver" label="Driver" defaultValue={value("driver", crew?.driver)} errors={errors("driver")} />
        <TextInput
          {...field}
          name="driverNationality"
          label="Driver nationality"
          required={false}
          defaultValue={value("driverNationality", crew?.driverNationality)}
          errors={errors("driverNationality")}
          hint="3-letter code, e.g. FRA"
        />
        <TextInput
          {...field}
          name="coDriver"
          label="Co-driver"
          required={false}
          defaultValue={value("coDriver", crew?.coDriver)}
          errors={errors("coDriver")}
        />
        <TextInput
          {...field}
          name="coDriverNationality"
          label="Co-driver nationality"
          required={false}
          defaultValue={value("coDriverNationality", crew?.coDriverNationality)}
          errors={errors("coDriverNationality")}
          hint="3-letter code, e.g. LTU"
        />
        <TextInput
          {...field}
          name="vehicle"
          label="Vehicle"
          required={false}
          defaultValue={value("vehicle", crew?.vehicle)}
          errors={errors("vehicle")}
          hint="Blank uses the team's vehicle"
        />
        <SelectInput
          {...field}
          name="category"
          label="Category"
          defaultValue={value("category", crew?.category ?? "STOCK")}
          errors={errors("category")}
          options={CATEGORIES}
          hint="Only Stock crews can be picked and called"
        />
        <TextInput
          {...field}
          name="price"
          label="Price (credits)"
          type="number"
          min={1}
          max={100000}
          defaultValue={value("price", crew?.price)}
          errors={errors("price")}
          hint="A whole number above 0. A change applies to roster saves from now on; rosters already saved keep this crew"
        />
        <CheckboxInput
          {...field}
          name="isSamplePrice"
          label="Sample price"
          defaultChecked={checked("isSamplePrice", crew?.isSamplePrice ?? true)}
          errors={errors("isSamplePrice")}
          hint="Shown to players as sample data until you untick it"
        />
      </div>
      <TextInput
        {...field}
        name="source"
        label="Source"
        required={false}
        defaultValue={value("source", crew?.source)}
        errors={errors("source")}
        hint="Where the crew's facts come from, e.g. the organiser's entry list"
      />
      <FormMessage result={result} />
      <Button type="submit" disabled={isPending}>
        {crew ? "Save crew" : "Add crew"}
      </Button>
    </form>
  );
}
