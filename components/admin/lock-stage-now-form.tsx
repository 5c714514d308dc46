"use client";

import { useActionState } from "react";
import { lockStageNowAction } from "@/lib/server/actions/admin-stages";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";

/** Locks a stage at this moment, e.g. when the organiser starts it early. */
export function LockStageNowForm({ stage }: { stage: { id: number; version: number } }) {
  const [result, action, isPending] = useActionState(lockStageNowAction, null);
  return (
    <form action={action} className="space-y-2" aria-label="Lock now">
      <input type="hidden" name="stageId" value={stage.id} />
      <input type="hidden" name="version" value={stage.version} />
      <p className="text-sm text-stone-700">
        Starts the stage now: rosters and podium calls saved until this moment count, later ones do not, and everyone&rsquo;s picks become
        public.
      </p>
      <FormMessage result={result} />
      <Button type="submit" variant="danger" disabled={isPending}>
        Lock now
      </Button>
    </form>
  );
}
