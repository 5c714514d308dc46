"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { createSeasonAction, updateSeasonAction } from "@/lib/server/actions/admin-events";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";
import { TextInput, formFeedback } from "./admin-fields";

type Season = { id: number; slug: string; name: string; year: number };

/** Creates a season, or edits `season` when given. Messages: admin.forms.fields, admin.forms.season. */
export function SeasonForm({ season }: { season?: Season }) {
  const [result, action, isPending] = useActionState(season ? updateSeasonAction : createSeasonAction, null);
  const { errors, value } = formFeedback(result);
  const t = useTranslations("admin.forms.season");
  const formId = season ? `season-${season.id}` : "new-season";
  return (
    <form action={action} className="space-y-3" noValidate aria-label={season ? t("editLabel", { name: season.name }) : t("newLabel")}>
      {season ? <input type="hidden" name="seasonId" value={season.id} /> : null}
      <div className="grid gap-3 sm:grid-cols-3">
        <TextInput
          formId={formId}
          name="name"
          label={t("name")}
          defaultValue={value("name", season?.name)}
          errors={errors("name")}
          hint={t("nameHint")}
        />
        <TextInput
          formId={formId}
          name="slug"
          label={t("slug")}
          defaultValue={value("slug", season?.slug)}
          errors={errors("slug")}
          hint={t("slugHint")}
        />
        <TextInput
          formId={formId}
          name="year"
          label={t("year")}
          type="number"
          min={2000}
          max={2100}
          defaultValue={value("year", season?.year ?? new Date().getFullYear())}
          errors={errors("year")}
        />
      </div>
      <FormMessage result={result} />
      <Button type="submit" disabled={isPending}>
        {season ? t("save") : t("create")}
      </Button>
    </form>
  );
}
