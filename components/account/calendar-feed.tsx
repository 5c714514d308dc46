"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { CopyLink } from "@/components/ui/copy-link";
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
      {path ? (
        <CopyLink
          id="calendar-link"
          path={path}
          text={{ label: t("linkLabel"), copy: t("copy"), copied: t("copied"), failed: t("copyFailed") }}
        />
      ) : null}
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
