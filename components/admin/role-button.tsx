"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { setUserRoleAction } from "@/lib/server/actions/admin-users";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";

/** Grants or revokes the admin role. Messages: admin.forms.role. */
export function RoleButton({ email, role }: { email: string; role: "ADMIN" | "PLAYER" }) {
  const [result, action, isPending] = useActionState(setUserRoleAction, null);
  const target = role === "ADMIN" ? "PLAYER" : "ADMIN";
  const t = useTranslations("admin.forms.role");
  const hidden = (chunks: React.ReactNode) => <span className="sr-only">{chunks}</span>;
  return (
    <form action={action} className="space-y-1">
      <input type="hidden" name="email" value={email} />
      <input type="hidden" name="role" value={target} />
      <Button
        type="submit"
        variant={target === "ADMIN" ? "secondary" : "danger"}
        disabled={isPending}
        className="min-h-9 px-3 py-1 text-sm"
      >
        {target === "ADMIN" ? t.rich("grant", { email, hidden }) : t.rich("revoke", { email, hidden })}
      </Button>
      <FormMessage result={result} />
    </form>
  );
}
