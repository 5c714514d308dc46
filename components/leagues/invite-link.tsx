"use client";

import { useTranslations } from "next-intl";
import { CopyLink } from "@/components/ui/copy-link";

/** The league's invite link with a copy button, and its code. Client groups: leagues.invite. */
export function InviteLink({ code }: { code: string }) {
  const t = useTranslations("leagues");
  return (
    <CopyLink
      id="invite-link"
      path={`/leagues/join/${code}`}
      text={{ label: t("invite.label"), copy: t("invite.copy"), copied: t("invite.copied"), failed: t("invite.failed") }}
    >
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
    </CopyLink>
  );
}
