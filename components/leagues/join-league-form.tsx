"use client";

import { useActionState } from "react";
import { joinLeagueAction } from "@/lib/server/actions/leagues";
import { INVITE_CODE_LENGTH } from "@/lib/game/leagues";
import { Field } from "@/components/ui/field";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";

/** With `code` (the invite page) it is a single Join button; without, a field to type the code. */
export function JoinLeagueForm({ code, leagueName }: { code?: string; leagueName?: string }) {
  const [result, action, isPending] = useActionState(joinLeagueAction, null);
  const failed = result && !result.ok ? result : null;
  return (
    <form action={action} className="space-y-3" aria-label={leagueName ? `Join ${leagueName}` : "Join a league with a code"} noValidate>
      {code ? (
        <input type="hidden" name="code" value={code} />
      ) : (
        <Field
          name="code"
          label="Invite code"
          autoComplete="off"
          defaultValue={failed?.values?.code}
          errors={failed?.fieldErrors?.code}
          hint={`The ${INVITE_CODE_LENGTH} characters at the end of the invite link, e.g. K7M2Q9XP`}
        />
      )}
      <FormMessage result={result} />
      <Button type="submit" disabled={isPending}>
        {isPending ? "Joining…" : "Join league"}
      </Button>
    </form>
  );
}
