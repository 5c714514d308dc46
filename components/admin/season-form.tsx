"use client";

import { useActionState } from "react";
import { createSeasonAction, updateSeasonAction } from "@/lib/server/actions/admin-events";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";
import { TextInput, formFeedback } from "./admin-fields";

type Season = { id: number; slug: string; name: string; year: number };

/** Creates a season, or edits `season` when given. */
export function SeasonForm({ season }: { season?: Season }) {
  const [result, action, isPending] = useActionState(season ? updateSeasonAction : createSeasonAction, null);
  const { errors, value } = formFeedback(result);
  const formId = season ? `season-${season.id}` : "new-season";
  return (
    <form action={action} className="space-y-3" noValidate aria-label={season ? `Edit ${season.name}` : "New season"}>
      {season ? <input type="hidden" name="seasonId" value={season.id} /> : null}
      <div className="grid gap-3 sm:grid-cols-3">
        <TextInput
          formId={formId}
          name="name"
          label="Name"
          defaultValue={value("name", season?.name)}
          errors={errors("name")}
          hint="e.g. W2RC 2027"
        />
        <TextInput
          formId={formId}
          name="slug"
          label="Slug"
          defaultValue={value("slug", season?.slug)}
          errors={errors("slug")}
          hint="Lowercase letters, digits and dashes"
        />
        <TextInput
          formId={formId}
          name="year"
          label="Year"
          type="number"
          min={2000}
          max={2100}
          defaultValue={value("year", season?.year ?? new Date().getFullYear())}
          errors={errors("year")}
        />
      </div>
      <FormMessage result={result} />
      <Button type="submit" disabled={isPending}>
        {season ? "Save season" : "Create season"}
      </Button>
    </form>
  );
}
