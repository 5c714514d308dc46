"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { resetPasswordAction } from "@/lib/server/actions/email";
import { PASSWORD_MIN } from "@/lib/validation/auth";
import { Field } from "@/components/ui/field";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";

/** Messages: auth.fields, account.password and account.resetPassword (the page's ClientMessages). */
export function ResetPasswordForm({ token }: { token: string }) {
  const t = useTranslations();
  const [result, action, isPending] = useActionState(resetPasswordAction, null);
  const errors = result && !result.ok ? result.fieldErrors : undefined;
  return (
    <form action={action} className="space-y-4" noValidate>
      <input type="hidden" name="token" value={token} />
      <Field
        name="newPassword"
        label={t("account.password.new")}
        type="password"
        autoComplete="new-password"
        errors={errors?.newPassword}
        hint={t("auth.fields.passwordHint", { min: PASSWORD_MIN })}
      />
      <Field
        name="confirmPassword"
        label={t("account.password.repeat")}
        type="password"
        autoComplete="new-password"
        errors={errors?.confirmPassword}
      />
      <FormMessage result={result} />
      <Button type="submit" disabled={isPending} className="w-full">
        {isPending ? t("account.resetPassword.pending") : t("account.resetPassword.submit")}
      </Button>
    </form>
  );
}
