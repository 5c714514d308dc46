"use client";

import { useActionState } from "react";
import { changePasswordAction } from "@/lib/server/actions/account";
import { PASSWORD_MIN } from "@/lib/validation/auth";
import { Field } from "@/components/ui/field";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";

export function PasswordForm({ hasPassword }: { hasPassword: boolean }) {
  const [result, action, isPending] = useActionState(changePasswordAction, null);
  const errors = result && !result.ok ? result.fieldErrors : undefined;
  return (
    <form action={action} className="space-y-3" noValidate>
      {hasPassword ? (
        <Field
          name="currentPassword"
          label="Current password"
          type="password"
          autoComplete="current-password"
          errors={errors?.currentPassword}
        />
      ) : null}
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
      <Button type="submit" disabled={isPending}>
        {hasPassword ? "Change password" : "Set a password"}
      </Button>
    </form>
  );
}
