"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { signInAction } from "@/lib/server/actions/auth";
import { Field } from "@/components/ui/field";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";
import { TextLink } from "@/components/ui/text-link";

/** Messages: auth.fields and auth.signIn (the page's ClientMessages); the action answers in the reader's language. */
export function SignInForm({ callbackUrl }: { callbackUrl: string }) {
  const t = useTranslations("auth");
  const [result, action, isPending] = useActionState(signInAction, null);
  const errors = result && !result.ok ? result.fieldErrors : undefined;
  const values = result && !result.ok ? result.values : undefined;
  return (
    <form action={action} className="space-y-4" noValidate>
      <input type="hidden" name="callbackUrl" value={callbackUrl} />
      <Field name="email" label={t("fields.email")} type="email" autoComplete="email" defaultValue={values?.email} errors={errors?.email} />
      <Field name="password" label={t("fields.password")} type="password" autoComplete="current-password" errors={errors?.password} />
      <p className="text-sm">
        <TextLink href="/forgot-password">{t("signIn.forgot")}</TextLink>
      </p>
      <FormMessage result={result} />
      <Button type="submit" disabled={isPending} className="w-full">
        {isPending ? t("signIn.pending") : t("signIn.submit")}
      </Button>
      <p className="text-sm">
        {t.rich("signIn.newHere", {
          link: (chunks) => <TextLink href={`/sign-up?callbackUrl=${encodeURIComponent(callbackUrl)}`}>{chunks}</TextLink>,
        })}
      </p>
    </form>
  );
}
