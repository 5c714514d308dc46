import { deleteLeagueAction, leaveLeagueAction, regenerateInviteCodeAction } from "@/lib/server/actions/leagues";
import type { LeagueDetails } from "@/lib/server/leagues/get-league";
import { ConfirmActionForm } from "./confirm-action-form";
import { InviteLink } from "./invite-link";
import { LeagueMembers } from "./league-members";
import { RenameLeagueForm } from "./rename-league-form";

/** Invite link for every member; rename, new code, members and deletion for the owner; leaving for the others. */
export function LeagueSettings({ league }: { league: LeagueDetails }) {
  const fields = { leagueId: String(league.id) };
  return (
    <div className="space-y-8">
      <section aria-labelledby="invite-heading" className="space-y-3 rounded-lg border border-sand-200 bg-white p-4">
        <h2 id="invite-heading" className="text-lg font-bold">
          Invite players
        </h2>
        <InviteLink key={league.inviteCode} code={league.inviteCode} />
        {league.isOwner ? (
          <ConfirmActionForm
            action={regenerateInviteCodeAction}
            fields={fields}
            label="Replace the invite link"
            question="Make a new invite code? The current link and code stop working at once; members already in the league stay."
            confirmLabel="Yes, make a new link"
            tone="secondary"
          />
        ) : null}
      </section>

      {league.isOwner ? (
        <section aria-labelledby="manage-heading" className="space-y-4 rounded-lg border border-sand-200 bg-white p-4">
          <h2 id="manage-heading" className="text-lg font-bold">
            Manage the league
          </h2>
          <RenameLeagueForm leagueId={league.id} name={league.name} />
          <div className="space-y-2">
            <h3 className="font-semibold">Members ({league.members.length})</h3>
            <LeagueMembers league={league} />
          </div>
          <div className="space-y-2 border-t border-sand-200 pt-4">
            <h3 className="font-semibold text-red-900">Delete the league</h3>
            <p className="text-sm text-stone-700">
              As the owner you cannot leave your league; you can delete it. Everyone&apos;s points stay on the event leaderboard.
            </p>
            <ConfirmActionForm
              action={deleteLeagueAction}
              fields={fields}
              label="Delete league"
              question={`Delete ${league.name} for all ${league.members.length} members? This cannot be undone.`}
              confirmLabel="Yes, delete the league"
            />
          </div>
        </section>
      ) : (
        <section aria-labelledby="leave-heading" className="space-y-3 rounded-lg border border-sand-200 bg-white p-4">
          <h2 id="leave-heading" className="text-lg font-bold">
            Leave the league
          </h2>
          <p className="text-sm text-stone-700">
            Your points stay on the event leaderboard. You can join again later with a current invite link.
          </p>
          <ConfirmActionForm
            action={leaveLeagueAction}
            fields={fields}
            label="Leave league"
            question={`Leave ${league.name}? You stop seeing its board.`}
            confirmLabel="Yes, leave the league"
          />
        </section>
      )}
    </div>
  );
}
