"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { renameLeagueAction } from "@/lib/server/actions/leagues";
import { LEAGUE_NAME_MAX, LEAGUE_NAME_MIN } from "@/lib/game/leagues";
import { Field } from "@/components/ui/field";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";

/** Client groups: leagues.forms. */
export function RenameLeagueForm({ leagueId, name }: { leagueId: number; name: string }) {
  const t = useTranslations("leagues");
  const [result, action, isPending] = useActionState(renameLeagueAction, null);
  const failed = result && !result.ok ? result : null;
  return (
    <form action={action} className="space-y-3" aria-label={t("forms.renameLabel")} noValidate>
      <input type="hidden" name="leagueId" value={leagueId} />
      <Field
        name="name"
        label={t("forms.name")}
        defaultValue={failed?.values?.name ?? name}
        errors={failed?.fieldErrors?.name}
        hint={t("forms.renameHint", { min: LEAGUE_NAME_MIN, max: LEAGUE_NAME_MAX })}
      />
      <FormMessage result={result} />
      <Button type="submit" variant="secondary" disabled={isPending}>
        {t("forms.rename")}
      </Button>
    </form>
  );
}
