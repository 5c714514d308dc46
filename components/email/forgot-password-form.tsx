"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { requestPasswordResetAction } from "@/lib/server/actions/email";
import { Field } from "@/components/ui/field";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";

/** Messages: auth.fields and account.forgotPassword (the page's ClientMessages). */
export function ForgotPasswordForm() {
  const t = useTranslations();
  const [result, action, isPending] = useActionState(requestPasswordResetAction, null);
  const errors = result && !result.ok ? result.fieldErrors : undefined;
  const values = result && !result.ok ? result.values : undefined;
  return (
    <form action={action} className="space-y-4" noValidate>
      <Field
        name="email"
        label={t("auth.fields.email")}
        type="email"
        autoComplete="email"
        defaultValue={values?.email}
        errors={errors?.email}
      />
      <FormMessage result={result} />
      <Button type="submit" disabled={isPending} className="w-full">
        {isPending ? t("account.forgotPassword.pending") : t("account.forgotPassword.submit")}
      </Button>
    </form>
  );
}
