"use client";

import { useTranslations } from "next-intl";
import { PASSWORD_MIN } from "@/lib/validation/auth";
import type { FieldErrors } from "@/lib/server/errors";
import { Field } from "@/components/ui/field";

/**
 * A new password and its repetition, as the change-password and reset-password forms ask for them.
 * Messages: auth.fields and account.password.
 */
export function NewPasswordFields({ errors }: { errors?: FieldErrors }) {
  const t = useTranslations();
  return (
    <>
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
    </>
  );
}
