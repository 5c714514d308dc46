"use client";

import { useRef, useState, useSyncExternalStore } from "react";
import { Button } from "@/components/ui/button";

const subscribeNever = () => () => {};

/** The league's invite link with a copy button; the full address is known only in the browser. */
export function InviteLink({ code }: { code: string }) {
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
        Invite link
      </label>
      <div className="flex flex-wrap gap-2">
        <input
          ref={input}
          id="invite-link"
          readOnly
          value={url}
          onFocus={(event) => event.currentTarget.select()}
          className="min-w-0 flex-1 rounded-md border border-stone-400 bg-sand-50 px-3 py-2 font-mono text-sm"
        />
        <Button variant="secondary" onClick={copy}>
          Copy link
        </Button>
      </div>
      <p className="text-sm text-stone-700">
        Invite code <span className="font-mono font-semibold">{code}</span>: anyone with the link or the code can see the league&apos;s name
        and join.
      </p>
      <p aria-live="polite" role="status" className="text-sm font-medium text-emerald-900">
        {status === "copied"
          ? "Invite link copied."
          : status === "failed"
            ? "Could not copy: the link is selected, copy it with your keyboard."
            : ""}
      </p>
    </div>
  );
}
