"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { confirmPricesAction } from "@/lib/server/actions/admin-race-day";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";

/** Turns the event's sample prices into real ones: players stop seeing the "sample" label. Messages: admin.forms.prices. */
export function ConfirmPricesForm({ eventId, sampleCount }: { eventId: number; sampleCount: number }) {
  const [result, action, isPending] = useActionState(confirmPricesAction, null);
  const t = useTranslations("admin.forms.prices");
  return (
    <form action={action} className="space-y-2" aria-label={t("label")}>
      <input type="hidden" name="eventId" value={eventId} />
      <p className="text-sm text-stone-700">{sampleCount === 0 ? t("allConfirmed") : t("pending", { count: sampleCount })}</p>
      <FormMessage result={result} />
      {sampleCount > 0 ? (
        <Button type="submit" variant="secondary" disabled={isPending}>
          {t("confirm")}
        </Button>
      ) : null}
    </form>
  );
}
