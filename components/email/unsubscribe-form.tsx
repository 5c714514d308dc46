"use client";

import { useActionState } from "react";
import { unsubscribeAction } from "@/lib/server/actions/email";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";

/** The button's label comes from the page, already in the reader's language. */
export function UnsubscribeForm({ query, label }: { query: { u: string; t: string; s: string }; label: string }) {
  const [result, action, isPending] = useActionState(unsubscribeAction, null);
  return (
    <form action={action} className="space-y-3">
      <input type="hidden" name="u" value={query.u} />
      <input type="hidden" name="t" value={query.t} />
      <input type="hidden" name="s" value={query.s} />
      <FormMessage result={result} />
      {result?.ok ? null : (
        <Button type="submit" disabled={isPending}>
          {label}
        </Button>
      )}
    </form>
  );
}
