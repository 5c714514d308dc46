"use client";

import { useActionState } from "react";
import { signUpAction } from "@/lib/server/actions/auth";
import { PASSWORD_MIN } from "@/lib/validation/auth";
import { Field } from "@/components/ui/field";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";
import { TextLink } from "@/components/ui/text-link";

export function SignUpForm({ callbackUrl }: { callbackUrl: string }) {
  const [result, action, isPending] = useActionState(signUpAction, null);
  const errors = result && !result.ok ? result.fieldErrors : undefined;
  const values = result && !result.ok ? result.values : undefined;
  return (
    <form action={action} className="space-y-4" noValidate>
      <input type="hidden" name="callbackUrl" value={callbackUrl} />
      <Field name="email" label="Email" type="email" autoComplete="email" defaultValue={values?.email} errors={errors?.email} />
      <Field
        name="displayName"
        label="Display name"
        autoComplete="nickname"
        defaultValue={values?.displayName}
        errors={errors?.displayName}
        hint="Shown on leaderboards: 3 to 24 letters, digits, spaces and . _ ' -"
      />
      <Field
        name="password"
        label="Password"
        type="password"
        autoComplete="new-password"
        errors={errors?.password}
        hint={`At least ${PASSWORD_MIN} characters`}
      />
      <FormMessage result={result} />
      <Button type="submit" disabled={isPending} className="w-full">
        {isPending ? "Creating your account…" : "Create account"}
      </Button>
      <p className="text-sm">
        Already playing? <TextLink href={`/sign-in?callbackUrl=${encodeURIComponent(callbackUrl)}`}>Sign in</TextLink>
      </p>
    </form>
  );
}
