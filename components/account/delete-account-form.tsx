"use client";

import { useActionState } from "react";
import { deleteAccountAction } from "@/lib/server/actions/account";
import { Field } from "@/components/ui/field";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";

export function DeleteAccountForm({ hasPassword }: { hasPassword: boolean }) {
  const [result, action, isPending] = useActionState(deleteAccountAction, null);
  const errors = result && !result.ok ? result.fieldErrors : undefined;
  return (
    <form action={action} className="space-y-3" noValidate>
      <p className="text-sm">
        Your email, names and password are erased and you are signed out. Your past scores stay on the leaderboards as &ldquo;deleted
        player&rdquo;. This cannot be undone.
      </p>
      {hasPassword ? (
        <Field
          name="currentPassword"
          label="Your password"
          type="password"
          autoComplete="current-password"
          errors={errors?.currentPassword}
        />
      ) : null}
      <Field name="confirm" label="Type DELETE to confirm" errors={errors?.confirm} />
      <FormMessage result={result} />
      <Button type="submit" variant="danger" disabled={isPending}>
        Delete my account
      </Button>
    </form>
  );
}
