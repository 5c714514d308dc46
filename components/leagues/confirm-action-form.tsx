"use client";

import { useActionState, useEffect, useRef, useState } from "react";
import { useTranslations } from "next-intl";
import type { ActionResult } from "@/lib/server/errors";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";

type Action = (previous: ActionResult | null, formData: FormData) => Promise<ActionResult>;

/**
 * A button that asks before it acts: the first press shows what will happen with a confirm and a
 * cancel button; only the confirm submits. For deleting, leaving, removing and replacing. The
 * texts come translated from the caller. Client groups: leagues.forms.
 */
export function ConfirmActionForm({
  action,
  fields,
  label,
  question,
  confirmLabel,
  tone = "danger",
}: {
  action: Action;
  fields: Record<string, string>;
  label: string;
  question: string;
  confirmLabel: string;
  tone?: "danger" | "secondary";
}) {
  const t = useTranslations("leagues");
  const [result, formAction, isPending] = useActionState(action, null);
  const [isAsking, setAsking] = useState(false);
  const buttons = useRef<HTMLDivElement>(null);
  const wasAsking = useRef(false);

  // Keep keyboard focus on the button that replaced the one just pressed (confirm, or back to start).
  useEffect(() => {
    if (isAsking || wasAsking.current) buttons.current?.querySelector("button")?.focus();
    wasAsking.current = isAsking;
  }, [isAsking]);

  return (
    <form action={formAction} aria-label={label} className="space-y-2" onSubmit={() => setAsking(false)}>
      {Object.entries(fields).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <div ref={buttons}>
        {isAsking ? (
          <div className="space-y-2 rounded-md border border-red-200 bg-red-50/60 p-3">
            <p className="text-sm">{question}</p>
            <div className="flex flex-wrap gap-2">
              <Button type="submit" variant={tone} disabled={isPending}>
                {confirmLabel}
              </Button>
              <Button variant="secondary" onClick={() => setAsking(false)}>
                {t("forms.cancel")}
              </Button>
            </div>
          </div>
        ) : (
          <Button variant={tone} disabled={isPending} onClick={() => setAsking(true)}>
            {label}
          </Button>
        )}
      </div>
      <FormMessage result={result} />
    </form>
  );
}
