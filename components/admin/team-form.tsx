"use client";

import { useActionState } from "react";
import { createTeamAction, updateTeamAction } from "@/lib/server/actions/admin-event-field";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";
import { TextInput, formFeedback } from "./admin-fields";

type Team = { id: number; name: string; manufacturer: string | null; vehicle: string | null; note: string | null };

/** Adds a team to the event, or edits `team` when given. */
export function TeamForm({ eventId, team }: { eventId: number; team?: Team }) {
  const [result, action, isPending] = useActionState(team ? updateTeamAction : createTeamAction, null);
  const { errors, value } = formFeedback(result);
  const formId = team ? `team-${team.id}` : "new-team";
  return (
    <form action={action} className="space-y-3" noValidate aria-label={team ? `Edit team ${team.name}` : "New team"}>
      {team ? <input type="hidden" name="teamId" value={team.id} /> : <input type="hidden" name="eventId" value={eventId} />}
      <div className="grid gap-3 sm:grid-cols-2">
        <TextInput
          formId={formId}
          name="name"
          label="Name"
          defaultValue={value("name", team?.name)}
          errors={errors("name")}
          hint="Unique within the event, e.g. Toyota Gazoo Racing"
        />
        <TextInput
          formId={formId}
          name="manufacturer"
          label="Manufacturer"
          required={false}
          defaultValue={value("manufacturer", team?.manufacturer)}
          errors={errors("manufacturer")}
        />
        <TextInput
          formId={formId}
          name="vehicle"
          label="Vehicle"
          required={false}
          defaultValue={value("vehicle", team?.vehicle)}
          errors={errors("vehicle")}
          hint="Default vehicle of the team's crews"
        />
        <TextInput
          formId={formId}
          name="note"
          label="Note"
          required={false}
          defaultValue={value("note", team?.note)}
          errors={errors("note")}
        />
      </div>
      <FormMessage result={result} />
      <Button type="submit" variant={team ? "secondary" : "primary"} disabled={isPending}>
        {team ? "Save team" : "Add team"}
      </Button>
    </form>
  );
}
