"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { changePasswordAction } from "@/lib/server/actions/account";
import { Field } from "@/components/ui/field";
import { Button } from "@/components/ui/button";
import { NewPasswordFields } from "./new-password-fields";
import { FormMessage } from "@/components/ui/form-message";

/** Messages: auth.fields and account.password (the page's ClientMessages). */
export function PasswordForm({ hasPassword }: { hasPassword: boolean }) {
  const t = useTranslations();
  const [result, action, isPending] = useActionState(changePasswordAction, null);
  const errors = result && !result.ok ? result.fieldErrors : undefined;
  return (
    <form action={action} className="space-y-3" noValidate>
      {hasPassword ? (
        <Field
          name="currentPassword"
          label={t("account.password.current")}
          type="password"
          autoComplete="current-password"
          errors={errors?.currentPassword}
        />
      ) : null}
      <NewPasswordFields errors={errors} />
      <FormMessage result={result} />
      <Button type="submit" disabled={isPending}>
        {hasPassword ? t("account.password.change") : t("account.password.set")}
      </Button>
    </form>
  );
}
