"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { changeDisplayNameAction } from "@/lib/server/actions/account";
import { Field } from "@/components/ui/field";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";

/** Messages: auth.fields and account.displayName (the page's ClientMessages). */
export function DisplayNameForm({ current }: { current: string | null }) {
  const t = useTranslations();
  const [result, action, isPending] = useActionState(changeDisplayNameAction, null);
  const failed = result && !result.ok ? result : null;
  return (
    <form action={action} className="space-y-3" noValidate>
      <Field
        name="displayName"
        label={t("auth.fields.displayName")}
        autoComplete="nickname"
        defaultValue={failed?.values?.displayName ?? current ?? ""}
        errors={failed?.fieldErrors?.displayName}
        hint={t("auth.fields.displayNameHint")}
      />
      <FormMessage result={result} />
      <Button type="submit" disabled={isPending}>
        {t("account.displayName.save")}
      </Button>
    </form>
  );
}
