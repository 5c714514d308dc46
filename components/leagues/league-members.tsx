import { removeLeagueMemberAction } from "@/lib/server/actions/leagues";
import type { LeagueDetails } from "@/lib/server/leagues/get-league";
import { toIsoDate } from "@/lib/format/date-time";
import { ConfirmActionForm } from "./confirm-action-form";

/** The member list of the owner's controls, each other member with a Remove button that asks first. */
export function LeagueMembers({ league }: { league: LeagueDetails }) {
  return (
    <ul aria-label="Members" className="divide-y divide-sand-100 rounded-lg border border-sand-200 bg-white">
      {league.members.map((member) => (
        <li key={member.userId} className="flex flex-wrap items-center justify-between gap-3 px-4 py-2">
          <span>
            <span className="font-medium">{member.name}</span>
            <span className="ml-2 text-sm text-stone-600">
              {member.userId === league.ownerId ? "owner" : `joined ${toIsoDate(member.joinedAt)}`}
            </span>
          </span>
          {member.userId === league.ownerId ? null : (
            <ConfirmActionForm
              action={removeLeagueMemberAction}
              fields={{ leagueId: String(league.id), memberId: member.userId }}
              label={`Remove ${member.name}`}
              question={`Remove ${member.name} from ${league.name}? Their scores stay on the event leaderboard. They can join again with the invite code unless you replace it.`}
              confirmLabel={`Yes, remove ${member.name}`}
            />
          )}
        </li>
      ))}
    </ul>
  );
}
