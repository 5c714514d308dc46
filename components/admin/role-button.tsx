"use client";

import { useActionState } from "react";
import { setUserRoleAction } from "@/lib/server/actions/admin-users";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";

export function RoleButton({ email, role }: { email: string; role: "ADMIN" | "PLAYER" }) {
  const [result, action, isPending] = useActionState(setUserRoleAction, null);
  const target = role === "ADMIN" ? "PLAYER" : "ADMIN";
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
        {target === "ADMIN" ? "Grant admin" : "Revoke admin"}
        <span className="sr-only"> for {email}</span>
      </Button>
      <FormMessage result={result} />
    </form>
  );
}
