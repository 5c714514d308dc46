import { useTranslations } from "next-intl";
import { deleteLeagueAction, leaveLeagueAction, regenerateInviteCodeAction } from "@/lib/server/actions/leagues";
import type { LeagueDetails } from "@/lib/server/leagues/get-league";
import { ConfirmActionForm } from "./confirm-action-form";
import { InviteLink } from "./invite-link";
import { LeagueMembers } from "./league-members";
import { RenameLeagueForm } from "./rename-league-form";

/** Invite link for every member; rename, new code, members and deletion for the owner; leaving for the others. */
export function LeagueSettings({ league }: { league: LeagueDetails }) {
  const t = useTranslations("leagues");
  const fields = { leagueId: String(league.id) };
  return (
    <div className="space-y-8">
      <section aria-labelledby="invite-heading" className="space-y-3 rounded-lg border border-sand-200 bg-white p-4">
        <h2 id="invite-heading" className="text-lg font-bold">
          {t("settings.inviteHeading")}
        </h2>
        <InviteLink key={league.inviteCode} code={league.inviteCode} />
        {league.isOwner ? (
          <ConfirmActionForm
            action={regenerateInviteCodeAction}
            fields={fields}
            label={t("settings.replace")}
            question={t("settings.replaceQuestion")}
            confirmLabel={t("settings.replaceConfirm")}
            tone="secondary"
          />
        ) : null}
      </section>

      {league.isOwner ? (
        <section aria-labelledby="manage-heading" className="space-y-4 rounded-lg border border-sand-200 bg-white p-4">
          <h2 id="manage-heading" className="text-lg font-bold">
            {t("settings.manageHeading")}
          </h2>
          <RenameLeagueForm leagueId={league.id} name={league.name} />
          <div className="space-y-2">
            <h3 className="font-semibold">{t("settings.members", { count: league.members.length })}</h3>
            <LeagueMembers league={league} />
          </div>
          <div className="space-y-2 border-t border-sand-200 pt-4">
            <h3 className="font-semibold text-red-900">{t("settings.deleteHeading")}</h3>
            <p className="text-sm text-stone-700">{t("settings.deleteExplained")}</p>
            <ConfirmActionForm
              action={deleteLeagueAction}
              fields={fields}
              label={t("settings.delete")}
              question={t("settings.deleteQuestion", { name: league.name, count: league.members.length })}
              confirmLabel={t("settings.deleteConfirm")}
            />
          </div>
        </section>
      ) : (
        <section aria-labelledby="leave-heading" className="space-y-3 rounded-lg border border-sand-200 bg-white p-4">
          <h2 id="leave-heading" className="text-lg font-bold">
            {t("settings.leaveHeading")}
          </h2>
          <p className="text-sm text-stone-700">{t("settings.leaveExplained")}</p>
          <ConfirmActionForm
            action={leaveLeagueAction}
            fields={fields}
            label={t("settings.leave")}
            question={t("settings.leaveQuestion", { name: league.name })}
            confirmLabel={t("settings.leaveConfirm")}
          />
        </section>
      )}
    </div>
  );
}
