"use client";

import { useRef, useState, useSyncExternalStore } from "react";
import { Button } from "@/components/ui/button";

const subscribeNever = () => () => {};

type Props = {
  id: string;
  /** The site-relative address; the full one (with this site's origin) is known only in the browser. */
  path: string;
  /** Texts in the reader's language, from the caller's messages. */
  text: { label: string; copy: string; copied: string; failed: string };
  /** Shown between the field and the copy status (e.g. the code the link carries). */
  children?: React.ReactNode;
};

/** A read-only link field with a copy button; when the clipboard refuses, the link is selected for copying by hand. */
export function CopyLink({ id, path, text, children }: Props) {
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
      <label htmlFor={id} className="block text-sm font-semibold">
        {text.label}
      </label>
      <div className="flex flex-wrap gap-2">
        <input
          ref={input}
          id={id}
          readOnly
          dir="ltr"
          value={url}
          onFocus={(event) => event.currentTarget.select()}
          className="min-w-0 flex-1 rounded-md border border-stone-400 bg-sand-50 px-3 py-2 font-mono text-sm"
        />
        <Button variant="secondary" onClick={copy}>
          {text.copy}
        </Button>
      </div>
      {children}
      <p aria-live="polite" role="status" className="text-sm font-medium text-emerald-900">
        {status === "copied" ? text.copied : status === "failed" ? text.failed : null}
      </p>
    </div>
  );
}
