import { useTranslations } from "next-intl";
import { removeLeagueMemberAction } from "@/lib/server/actions/leagues";
import type { LeagueDetails } from "@/lib/server/leagues/get-league";
import { toIsoDate } from "@/lib/format/date-time";
import { ConfirmActionForm } from "./confirm-action-form";

/** The member list of the owner's controls, each other member with a Remove button that asks first. */
export function LeagueMembers({ league }: { league: LeagueDetails }) {
  const t = useTranslations("leagues");
  return (
    <ul aria-label={t("settings.membersLabel")} className="divide-y divide-sand-100 rounded-lg border border-sand-200 bg-white">
      {league.members.map((member) => (
        <li key={member.userId} className="flex flex-wrap items-center justify-between gap-3 px-4 py-2">
          <span>
            <span className="font-medium" dir="auto">
              {member.name}
            </span>
            <span className="ms-2 text-sm text-stone-600">
              {member.userId === league.ownerId ? t("settings.owner") : t("settings.joined", { date: toIsoDate(member.joinedAt) })}
            </span>
          </span>
          {member.userId === league.ownerId ? null : (
            <ConfirmActionForm
              action={removeLeagueMemberAction}
              fields={{ leagueId: String(league.id), memberId: member.userId }}
              label={t("settings.remove", { name: member.name })}
              question={t("settings.removeQuestion", { name: member.name, league: league.name })}
              confirmLabel={t("settings.removeConfirm", { name: member.name })}
            />
          )}
        </li>
      ))}
    </ul>
  );
}
