"use client";

import { useActionState } from "react";
import { setStageCancelledAction } from "@/lib/server/actions/admin-stages";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";

/** Cancels a stage (it scores nothing for anyone) or restores it. */
export function StageCancelForm({ stage }: { stage: { id: number; version: number; isCancelled: boolean } }) {
  const [result, action, isPending] = useActionState(setStageCancelledAction, null);
  return (
    <form action={action} className="space-y-3" aria-label={stage.isCancelled ? "Restore the stage" : "Cancel the stage"}>
      <input type="hidden" name="stageId" value={stage.id} />
      <input type="hidden" name="version" value={stage.version} />
      <input type="hidden" name="cancelled" value={stage.isCancelled ? "false" : "true"} />
      <p className="text-sm text-stone-700">
        {stage.isCancelled
          ? "Restoring the stage makes it lock at its start again and count for scoring."
          : "A cancelled stage never locks and scores nothing for anyone; rosters carry over to the next stage."}
      </p>
      <FormMessage result={result} />
      <Button type="submit" variant={stage.isCancelled ? "secondary" : "danger"} disabled={isPending}>
        {stage.isCancelled ? "Restore stage" : "Cancel stage"}
      </Button>
    </form>
  );
}
