"use client";

import { useRef, useState, useSyncExternalStore } from "react";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";

const subscribeNever = () => () => {};

/** The league's invite link with a copy button; the full address is known only in the browser. Client groups: leagues.invite. */
export function InviteLink({ code }: { code: string }) {
  const t = useTranslations("leagues");
  const origin = useSyncExternalStore(
    subscribeNever,
    () => window.location.origin,
    () => "",
  );
  const url = `${origin}/leagues/join/${code}`;
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
      <label htmlFor="invite-link" className="block text-sm font-semibold">
        {t("invite.label")}
      </label>
      <div className="flex flex-wrap gap-2">
        <input
          ref={input}
          id="invite-link"
          readOnly
          value={url}
          onFocus={(event) => event.currentTarget.select()}
          dir="ltr"
          className="min-w-0 flex-1 rounded-md border border-stone-400 bg-sand-50 px-3 py-2 font-mono text-sm"
        />
        <Button variant="secondary" onClick={copy}>
          {t("invite.copy")}
        </Button>
      </div>
      <p className="text-sm text-stone-700">
        {t.rich("invite.code", {
          code,
          mono: (chunks) => (
            <span className="font-mono font-semibold" dir="ltr">
              {chunks}
            </span>
          ),
        })}
      </p>
      <p aria-live="polite" role="status" className="text-sm font-medium text-emerald-900">
        {status === "copied" ? t("invite.copied") : status === "failed" ? t("invite.failed") : null}
      </p>
    </div>
  );
}
