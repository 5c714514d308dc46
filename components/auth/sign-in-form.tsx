"use client";

import { useActionState } from "react";
import { signInAction } from "@/lib/server/actions/auth";
import { Field } from "@/components/ui/field";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";
import { TextLink } from "@/components/ui/text-link";

export function SignInForm({ callbackUrl }: { callbackUrl: string }) {
  const [result, action, isPending] = useActionState(signInAction, null);
  const errors = result && !result.ok ? result.fieldErrors : undefined;
  const values = result && !result.ok ? result.values : undefined;
  return (
    <form action={action} className="space-y-4" noValidate>
      <input type="hidden" name="callbackUrl" value={callbackUrl} />
      <Field name="email" label="Email" type="email" autoComplete="email" defaultValue={values?.email} errors={errors?.email} />
      <Field name="password" label="Password" type="password" autoComplete="current-password" errors={errors?.password} />
      <p className="text-sm">
        <TextLink href="/forgot-password">Forgot your password?</TextLink>
      </p>
      <FormMessage result={result} />
      <Button type="submit" disabled={isPending} className="w-full">
        {isPending ? "Signing in…" : "Sign in"}
      </Button>
      <p className="text-sm">
        New here? <TextLink href={`/sign-up?callbackUrl=${encodeURIComponent(callbackUrl)}`}>Create an account</TextLink>
      </p>
    </form>
  );
}
