"use client";

import { useActionState } from "react";
import { resendVerificationAction } from "@/lib/server/actions/email";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";

export function ResendVerificationForm() {
  const [result, action, isPending] = useActionState(resendVerificationAction, null);
  return (
    <form action={action} className="space-y-2">
      <FormMessage result={result} />
      <Button type="submit" variant="secondary" disabled={isPending}>
        Send the link again
      </Button>
    </form>
  );
}
