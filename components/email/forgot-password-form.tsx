"use client";

import { useActionState } from "react";
import { requestPasswordResetAction } from "@/lib/server/actions/email";
import { Field } from "@/components/ui/field";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";

export function ForgotPasswordForm() {
  const [result, action, isPending] = useActionState(requestPasswordResetAction, null);
  const errors = result && !result.ok ? result.fieldErrors : undefined;
  const values = result && !result.ok ? result.values : undefined;
  return (
    <form action={action} className="space-y-4" noValidate>
      <Field name="email" label="Email" type="email" autoComplete="email" defaultValue={values?.email} errors={errors?.email} />
      <FormMessage result={result} />
      <Button type="submit" disabled={isPending} className="w-full">
        {isPending ? "Sending…" : "Send me a link"}
      </Button>
    </form>
  );
}
