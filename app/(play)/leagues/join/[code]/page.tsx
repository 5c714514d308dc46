import type { Metadata } from "next";
import Link from "next/link";
import { db } from "@/lib/server/db";
import { requireUserPage } from "@/lib/server/auth/guard-page";
import { getLeagueInvite } from "@/lib/server/leagues/get-league-invite";
import { MAX_LEAGUE_MEMBERS, MAX_LEAGUES_PER_EVENT } from "@/lib/game/leagues";
import { inviteCodeSchema } from "@/lib/validation/leagues";
import { JoinLeagueForm } from "@/components/leagues/join-league-form";
import { withDatabaseNotice } from "@/components/site/database-unavailable";
import { TextLink } from "@/components/ui/text-link";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Join a league" };

type Props = { params: Promise<{ code: string }> };

async function JoinLeaguePage({ params }: Props) {
  const raw = (await params).code;
  const code = inviteCodeSchema.safeParse(raw);
  const user = await requireUserPage(`/leagues/join/${encodeURIComponent(code.success ? code.data : raw)}`);
  const invite = code.success ? await getLeagueInvite(db, code.data, user.id) : null;

  if (!code.success || !invite) {
    return (
      <div className="mx-auto max-w-lg space-y-3">
        <h1 className="text-2xl font-bold">This invite link does not work</h1>
        <p>
          No league has this invite code. The owner may have replaced the link with a new one, or deleted the league: ask them for the
          current link.
        </p>
        <TextLink href="/leagues">Type a code or create your own league</TextLink>
      </div>
    );
  }

  const isOverCap = invite.viewerLeagueCount >= MAX_LEAGUES_PER_EVENT;
  return (
    <div className="mx-auto max-w-lg space-y-6">
      <header className="space-y-1">
        <p className="text-sm text-stone-600">You are invited to a private league</p>
        <h1 className="text-2xl font-bold">{invite.name}</h1>
      </header>
      <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 rounded-lg border border-sand-200 bg-white p-4">
        <dt className="font-semibold">Event</dt>
        <dd>
          <Link href={`/events/${invite.event.slug}`} className="underline">
            {invite.event.name}
          </Link>
        </dd>
        <dt className="font-semibold">Owner</dt>
        <dd>{invite.ownerName}</dd>
        <dt className="font-semibold">Members</dt>
        <dd>
          {invite.memberCount} of at most {MAX_LEAGUE_MEMBERS}
        </dd>
      </dl>
      {invite.isMember ? (
        <p className="rounded-lg border border-emerald-300 bg-emerald-50 px-4 py-3">
          You are already a member of this league. <TextLink href={`/leagues/${invite.id}`}>Open the league board</TextLink>
        </p>
      ) : invite.isFull ? (
        <p className="rounded-lg border border-amber-300 bg-amber-50 px-4 py-3">
          This league is full: it has {MAX_LEAGUE_MEMBERS} members, the most allowed.
        </p>
      ) : isOverCap ? (
        <p className="rounded-lg border border-amber-300 bg-amber-50 px-4 py-3">
          You are already in {MAX_LEAGUES_PER_EVENT} leagues in this event, the most allowed.{" "}
          <Link href="/leagues" className="underline">
            Leave one
          </Link>{" "}
          to join this one.
        </p>
      ) : (
        <div className="space-y-2">
          <p className="text-sm text-stone-700">
            Members see each other&apos;s rank, points and exact podium slots on the league board. You can leave at any time.
          </p>
          <JoinLeagueForm code={code.data} leagueName={invite.name} />
        </div>
      )}
    </div>
  );
}

export default withDatabaseNotice(JoinLeaguePage);
