"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { deleteAccountAction } from "@/lib/server/actions/account";
import { Field } from "@/components/ui/field";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";

/** Messages: account.delete (the page's ClientMessages). */
export function DeleteAccountForm({ hasPassword }: { hasPassword: boolean }) {
  const t = useTranslations("account.delete");
  const [result, action, isPending] = useActionState(deleteAccountAction, null);
  const errors = result && !result.ok ? result.fieldErrors : undefined;
  return (
    <form action={action} className="space-y-3" noValidate>
      <p className="text-sm">{t("body")}</p>
      {hasPassword ? (
        <Field
          name="currentPassword"
          label={t("yourPassword")}
          type="password"
          autoComplete="current-password"
          errors={errors?.currentPassword}
        />
      ) : null}
      <Field name="confirm" label={t("confirm")} errors={errors?.confirm} />
      <FormMessage result={result} />
      <Button type="submit" variant="danger" disabled={isPending}>
        {t("submit")}
      </Button>
    </form>
  );
}
