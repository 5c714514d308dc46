"use client";

import { useActionState } from "react";
import { signOutEverywhereAction } from "@/lib/server/actions/account";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";

export function SignOutEverywhereForm() {
  const [result, action, isPending] = useActionState(signOutEverywhereAction, null);
  return (
    <form action={action} className="space-y-3">
      <p className="text-sm">
        Signs you out on every device and browser, this one included: use it if you signed in on a computer that is not yours or think
        someone else has your session.
      </p>
      <FormMessage result={result} />
      <Button type="submit" variant="secondary" disabled={isPending}>
        Sign out everywhere
      </Button>
    </form>
  );
}
