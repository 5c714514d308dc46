"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { confirmEmailAction } from "@/lib/server/actions/email";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";

/**
 * A button, not the link itself: a mail scanner that follows links must not use the link up.
 * Messages: account.verifyEmail (the page's ClientMessages).
 */
export function ConfirmEmailForm({ token }: { token: string }) {
  const t = useTranslations("account.verifyEmail");
  const [result, action, isPending] = useActionState(confirmEmailAction, null);
  return (
    <form action={action} className="space-y-3">
      <input type="hidden" name="token" value={token} />
      <FormMessage result={result} />
      <Button type="submit" disabled={isPending} className="w-full">
        {isPending ? t("pending") : t("submit")}
      </Button>
    </form>
  );
}
