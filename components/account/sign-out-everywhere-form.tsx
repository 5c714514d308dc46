"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { signOutEverywhereAction } from "@/lib/server/actions/account";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";

/** Messages: account.signOutEverywhere (the page's ClientMessages). */
export function SignOutEverywhereForm() {
  const t = useTranslations("account.signOutEverywhere");
  const [result, action, isPending] = useActionState(signOutEverywhereAction, null);
  return (
    <form action={action} className="space-y-3">
      <p className="text-sm">{t("body")}</p>
      <FormMessage result={result} />
      <Button type="submit" variant="secondary" disabled={isPending}>
        {t("submit")}
      </Button>
    </form>
  );
}
