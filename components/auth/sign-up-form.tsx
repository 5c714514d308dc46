"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { signUpAction } from "@/lib/server/actions/auth";
import { PASSWORD_MIN } from "@/lib/validation/auth";
import { Field } from "@/components/ui/field";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";
import { TextLink } from "@/components/ui/text-link";

/** Messages: auth.fields and auth.signUp (the page's ClientMessages); the action answers in the reader's language. */
export function SignUpForm({ callbackUrl }: { callbackUrl: string }) {
  const t = useTranslations("auth");
  const [result, action, isPending] = useActionState(signUpAction, null);
  const errors = result && !result.ok ? result.fieldErrors : undefined;
  const values = result && !result.ok ? result.values : undefined;
  // Done: the email finishes the sign-up (the same answer whether or not the address had an account).
  if (result?.ok) return <FormMessage result={result} />;
  return (
    <form action={action} className="space-y-4" noValidate>
      <input type="hidden" name="callbackUrl" value={callbackUrl} />
      <Field name="email" label={t("fields.email")} type="email" autoComplete="email" defaultValue={values?.email} errors={errors?.email} />
      <Field
        name="displayName"
        label={t("fields.displayName")}
        autoComplete="nickname"
        defaultValue={values?.displayName}
        errors={errors?.displayName}
        hint={t("fields.displayNameHint")}
      />
      <Field
        name="password"
        label={t("fields.password")}
        type="password"
        autoComplete="new-password"
        errors={errors?.password}
        hint={t("fields.passwordHint", { min: PASSWORD_MIN })}
      />
      <FormMessage result={result} />
      <Button type="submit" disabled={isPending} className="w-full">
        {isPending ? t("signUp.pending") : t("signUp.submit")}
      </Button>
      <p className="text-sm">
        {t.rich("signUp.alreadyPlaying", {
          link: (chunks) => <TextLink href={`/sign-in?callbackUrl=${encodeURIComponent(callbackUrl)}`}>{chunks}</TextLink>,
        })}
      </p>
    </form>
  );
}
