"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { startReplayAction } from "@/lib/server/actions/replay";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";

/** Starts a run of a finished event and goes to it. Client groups: replay.start. */
export function StartReplayForm({ eventSlug, isAgain = false }: { eventSlug: string; isAgain?: boolean }) {
  const t = useTranslations("replay");
  const [result, action, isPending] = useActionState(startReplayAction, null);
  return (
    <form action={action} className="space-y-2">
      <input type="hidden" name="eventSlug" value={eventSlug} />
      <Button type="submit" disabled={isPending}>
        {isAgain ? t("start.again") : t("start.button")}
      </Button>
      <FormMessage result={result} />
    </form>
  );
}
