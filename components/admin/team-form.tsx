"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { createTeamAction, updateTeamAction } from "@/lib/server/actions/admin-event-field";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";
import { TextInput, formFeedback } from "./admin-fields";

type Team = { id: number; name: string; manufacturer: string | null; vehicle: string | null; note: string | null };

/** Adds a team to the event, or edits `team` when given. Messages: admin.forms.fields, admin.forms.team. */
export function TeamForm({ eventId, team }: { eventId: number; team?: Team }) {
  const [result, action, isPending] = useActionState(team ? updateTeamAction : createTeamAction, null);
  const { errors, value } = formFeedback(result);
  const t = useTranslations("admin.forms.team");
  const formId = team ? `team-${team.id}` : "new-team";
  return (
    <form action={action} className="space-y-3" noValidate aria-label={team ? t("editLabel", { name: team.name }) : t("newLabel")}>
      {team ? <input type="hidden" name="teamId" value={team.id} /> : <input type="hidden" name="eventId" value={eventId} />}
      <div className="grid gap-3 sm:grid-cols-2">
        <TextInput
          formId={formId}
          name="name"
          label={t("name")}
          defaultValue={value("name", team?.name)}
          errors={errors("name")}
          hint={t("nameHint")}
        />
        <TextInput
          formId={formId}
          name="manufacturer"
          label={t("manufacturer")}
          required={false}
          defaultValue={value("manufacturer", team?.manufacturer)}
          errors={errors("manufacturer")}
        />
        <TextInput
          formId={formId}
          name="vehicle"
          label={t("vehicle")}
          required={false}
          defaultValue={value("vehicle", team?.vehicle)}
          errors={errors("vehicle")}
          hint={t("vehicleHint")}
        />
        <TextInput
          formId={formId}
          name="note"
          label={t("note")}
          required={false}
          defaultValue={value("note", team?.note)}
          errors={errors("note")}
        />
      </div>
      <FormMessage result={result} />
      <Button type="submit" variant={team ? "secondary" : "primary"} disabled={isPending}>
        {team ? t("save") : t("add")}
      </Button>
    </form>
  );
}
