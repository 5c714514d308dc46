"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { resetPasswordAction } from "@/lib/server/actions/email";
import { Button } from "@/components/ui/button";
import { NewPasswordFields } from "@/components/account/new-password-fields";
import { FormMessage } from "@/components/ui/form-message";

/** Messages: auth.fields, account.password and account.resetPassword (the page's ClientMessages). */
export function ResetPasswordForm({ token }: { token: string }) {
  const t = useTranslations();
  const [result, action, isPending] = useActionState(resetPasswordAction, null);
  const errors = result && !result.ok ? result.fieldErrors : undefined;
  return (
    <form action={action} className="space-y-4" noValidate>
      <input type="hidden" name="token" value={token} />
      <NewPasswordFields errors={errors} />
      <FormMessage result={result} />
      <Button type="submit" disabled={isPending} className="w-full">
        {isPending ? t("account.resetPassword.pending") : t("account.resetPassword.submit")}
      </Button>
    </form>
  );
}
