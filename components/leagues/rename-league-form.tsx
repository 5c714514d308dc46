"use client";

import { useActionState } from "react";
import { renameLeagueAction } from "@/lib/server/actions/leagues";
import { LEAGUE_NAME_MAX, LEAGUE_NAME_MIN } from "@/lib/game/leagues";
import { Field } from "@/components/ui/field";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";

export function RenameLeagueForm({ leagueId, name }: { leagueId: number; name: string }) {
  const [result, action, isPending] = useActionState(renameLeagueAction, null);
  const failed = result && !result.ok ? result : null;
  return (
    <form action={action} className="space-y-3" aria-label="Rename the league" noValidate>
      <input type="hidden" name="leagueId" value={leagueId} />
      <Field
        name="name"
        label="League name"
        defaultValue={failed?.values?.name ?? name}
        errors={failed?.fieldErrors?.name}
        hint={`${LEAGUE_NAME_MIN} to ${LEAGUE_NAME_MAX} characters`}
      />
      <FormMessage result={result} />
      <Button type="submit" variant="secondary" disabled={isPending}>
        Rename
      </Button>
    </form>
  );
}
