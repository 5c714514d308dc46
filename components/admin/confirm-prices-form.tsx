"use client";

import { useActionState } from "react";
import { confirmPricesAction } from "@/lib/server/actions/admin-race-day";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";

/** Turns the event's sample prices into real ones: players stop seeing the "sample" label. */
export function ConfirmPricesForm({ eventId, sampleCount }: { eventId: number; sampleCount: number }) {
  const [result, action, isPending] = useActionState(confirmPricesAction, null);
  return (
    <form action={action} className="space-y-2" aria-label="Confirm prices">
      <input type="hidden" name="eventId" value={eventId} />
      <p className="text-sm text-stone-700">
        {sampleCount === 0
          ? "Every price is confirmed."
          : `${sampleCount} ${sampleCount === 1 ? "crew's price is" : "crews' prices are"} still marked as a sample. Check them in the table above, then confirm them all.`}
      </p>
      <FormMessage result={result} />
      {sampleCount > 0 ? (
        <Button type="submit" variant="secondary" disabled={isPending}>
          Confirm prices
        </Button>
      ) : null}
    </form>
  );
}
