"use client";

import { useActionState, useRef, useState, useSyncExternalStore } from "react";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";
import { replaceCalendarFeedAction } from "@/lib/server/actions/notification-channels";

/**
 * The personal calendar link. Only its hash is stored, so the full address is shown once, right
 * after it is made; "Replace link" makes a new one and the old one stops working.
 * Messages: account.calendar (the page's ClientMessages).
 */
export function CalendarFeed({ createdOn }: { createdOn: string | null }) {
  const t = useTranslations("account.calendar");
  const [result, action, isPending] = useActionState(replaceCalendarFeedAction, null);
  const path = result?.ok && "path" in result ? result.path : null;
  const hasLink = path !== null || createdOn !== null;
  return (
    <div className="space-y-3">
      <p className="text-sm">{t("intro")}</p>
      {path ? <CopyField path={path} /> : null}
      {!path && createdOn ? <p className="text-sm text-stone-700">{t("createdOn", { date: createdOn })}</p> : null}
      <FormMessage result={result} />
      <form action={action}>
        <Button type="submit" variant={hasLink ? "secondary" : "primary"} disabled={isPending}>
          {hasLink ? t("replace") : t("get")}
        </Button>
      </form>
    </div>
  );
}

const subscribeNever = () => () => {};

function CopyField({ path }: { path: string }) {
  const t = useTranslations("account.calendar");
  const origin = useSyncExternalStore(
    subscribeNever,
    () => window.location.origin,
    () => "",
  );
  const url = `${origin}${path}`;
  const input = useRef<HTMLInputElement>(null);
  const [status, setStatus] = useState<"idle" | "copied" | "failed">("idle");

  async function copy() {
    try {
      await navigator.clipboard.writeText(url);
      setStatus("copied");
    } catch {
      input.current?.select();
      setStatus("failed");
    }
  }

  return (
    <div className="space-y-2">
      <label htmlFor="calendar-link" className="block text-sm font-semibold">
        {t("linkLabel")}
      </label>
      <div className="flex flex-wrap gap-2">
        <input
          ref={input}
          id="calendar-link"
          readOnly
          dir="ltr"
          value={url}
          onFocus={(event) => event.currentTarget.select()}
          className="min-w-0 flex-1 rounded-md border border-stone-400 bg-sand-50 px-3 py-2 font-mono text-sm"
        />
        <Button variant="secondary" onClick={copy}>
          {t("copy")}
        </Button>
      </div>
      <p aria-live="polite" role="status" className="text-sm font-medium text-emerald-900">
        {status === "copied" ? t("copied") : status === "failed" ? t("copyFailed") : null}
      </p>
    </div>
  );
}
