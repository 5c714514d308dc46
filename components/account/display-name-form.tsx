"use client";

import { useActionState } from "react";
import { changeDisplayNameAction } from "@/lib/server/actions/account";
import { Field } from "@/components/ui/field";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";

export function DisplayNameForm({ current }: { current: string | null }) {
  const [result, action, isPending] = useActionState(changeDisplayNameAction, null);
  const failed = result && !result.ok ? result : null;
  return (
    <form action={action} className="space-y-3" noValidate>
      <Field
        name="displayName"
        label="Display name"
        autoComplete="nickname"
        defaultValue={failed?.values?.displayName ?? current ?? ""}
        errors={failed?.fieldErrors?.displayName}
        hint="Shown on leaderboards: 3 to 24 letters, digits, spaces and . _ ' -"
      />
      <FormMessage result={result} />
      <Button type="submit" disabled={isPending}>
        Save name
      </Button>
    </form>
  );
}
