"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { joinLeagueAction } from "@/lib/server/actions/leagues";
import { INVITE_CODE_LENGTH } from "@/lib/game/leagues";
import { Field } from "@/components/ui/field";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";

/** With `code` (the invite page) it is a single Join button; without, a field to type the code. Client groups: leagues.forms. */
export function JoinLeagueForm({ code, leagueName }: { code?: string; leagueName?: string }) {
  const t = useTranslations("leagues");
  const [result, action, isPending] = useActionState(joinLeagueAction, null);
  const failed = result && !result.ok ? result : null;
  return (
    <form
      action={action}
      className="space-y-3"
      aria-label={leagueName ? t("forms.joinNamed", { name: leagueName }) : t("forms.joinLabel")}
      noValidate
    >
      {code ? (
        <input type="hidden" name="code" value={code} />
      ) : (
        <Field
          name="code"
          label={t("forms.code")}
          autoComplete="off"
          defaultValue={failed?.values?.code}
          errors={failed?.fieldErrors?.code}
          hint={t("forms.codeHint", { length: INVITE_CODE_LENGTH })}
        />
      )}
      <FormMessage result={result} />
      <Button type="submit" disabled={isPending}>
        {isPending ? t("forms.joining") : t("forms.join")}
      </Button>
    </form>
  );
}
