"use client";

import { useActionState } from "react";
import { resetPasswordAction } from "@/lib/server/actions/email";
import { PASSWORD_MIN } from "@/lib/validation/auth";
import { Field } from "@/components/ui/field";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";

export function ResetPasswordForm({ token }: { token: string }) {
  const [result, action, isPending] = useActionState(resetPasswordAction, null);
  const errors = result && !result.ok ? result.fieldErrors : undefined;
  return (
    <form action={action} className="space-y-4" noValidate>
      <input type="hidden" name="token" value={token} />
      <Field
        name="newPassword"
        label="New password"
        type="password"
        autoComplete="new-password"
        errors={errors?.newPassword}
        hint={`At least ${PASSWORD_MIN} characters`}
      />
      <Field
        name="confirmPassword"
        label="Repeat the new password"
        type="password"
        autoComplete="new-password"
        errors={errors?.confirmPassword}
      />
      <FormMessage result={result} />
      <Button type="submit" disabled={isPending} className="w-full">
        {isPending ? "Saving…" : "Save the new password"}
      </Button>
    </form>
  );
}
