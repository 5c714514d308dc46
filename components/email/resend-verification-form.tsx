"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { resendVerificationAction } from "@/lib/server/actions/email";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";

/** Messages: account.notifications (the page's ClientMessages). */
export function ResendVerificationForm() {
  const t = useTranslations("account.notifications");
  const [result, action, isPending] = useActionState(resendVerificationAction, null);
  return (
    <form action={action} className="space-y-2">
      <FormMessage result={result} />
      <Button type="submit" variant="secondary" disabled={isPending}>
        {t("resend")}
      </Button>
    </form>
  );
}
