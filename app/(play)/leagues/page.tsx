import type { Metadata } from "next";
import { z } from "zod";
import { db } from "@/lib/server/db";
import { requireUserPage } from "@/lib/server/auth/guard-page";
import { listMyLeagues } from "@/lib/server/leagues/list-my-leagues";
import { LEAGUE_CAPS_SENTENCE } from "@/lib/game/leagues";
import { eventSlugSchema } from "@/lib/validation/params";
import { MyLeagueList } from "@/components/leagues/my-league-list";
import { CreateLeagueForm } from "@/components/leagues/create-league-form";
import { JoinLeagueForm } from "@/components/leagues/join-league-form";
import { withDatabaseNotice } from "@/components/site/database-unavailable";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Leagues" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const searchSchema = z.object({
  event: eventSlugSchema.optional().catch(undefined),
  notice: z.enum(["deleted", "left"]).optional().catch(undefined),
});

const NOTICES = { deleted: "League deleted.", left: "You left the league." } as const;

async function LeaguesPage({ searchParams }: Props) {
  const user = await requireUserPage("/leagues");
  const { event: preferredSlug, notice } = searchSchema.parse(await searchParams);
  const [leagues, openEvents] = await Promise.all([
    listMyLeagues(db, user.id),
    db.event.findMany({
      where: { status: { in: ["UPCOMING", "LIVE"] } },
      orderBy: { startDate: "asc" },
      select: { id: true, name: true, slug: true },
    }),
  ]);
  const preferred = openEvents.find((event) => event.slug === preferredSlug)?.id ?? null;

  return (
    <div className="space-y-10">
      <header className="space-y-2">
        <h1 className="text-2xl font-bold">Leagues</h1>
        <p className="text-stone-700">
          A private league ranks its members against each other on an event&apos;s overall standings. Only members see its board.
        </p>
        <p className="text-sm text-stone-700">{LEAGUE_CAPS_SENTENCE}</p>
      </header>

      <div role="status" aria-live="polite">
        {notice ? <p className="rounded-md bg-emerald-50 px-3 py-2 text-sm font-medium text-emerald-900">{NOTICES[notice]}</p> : null}
      </div>

      <section aria-labelledby="mine-heading" className="space-y-3">
        <h2 id="mine-heading" className="text-xl font-bold">
          Your leagues
        </h2>
        <MyLeagueList leagues={leagues} />
      </section>

      <div className="grid gap-8 md:grid-cols-2">
        <section aria-labelledby="create-heading" className="space-y-3 rounded-lg border border-sand-200 bg-white p-4">
          <h2 id="create-heading" className="text-lg font-bold">
            Create a league
          </h2>
          {openEvents.length > 0 ? (
            <>
              <p className="text-sm text-stone-700">You become its owner and first member, and get an invite link to share.</p>
              <CreateLeagueForm events={openEvents.map(({ id, name }) => ({ id, name }))} defaultEventId={preferred} />
            </>
          ) : (
            <p className="text-sm">No event is open for new leagues right now: leagues can be created for upcoming and live events.</p>
          )}
        </section>
        <section aria-labelledby="join-heading" className="space-y-3 rounded-lg border border-sand-200 bg-white p-4">
          <h2 id="join-heading" className="text-lg font-bold">
            Join with a code
          </h2>
          <p className="text-sm text-stone-700">Got an invite link? Open it, or type the code from its end here.</p>
          <JoinLeagueForm />
        </section>
      </div>
    </div>
  );
}

export default withDatabaseNotice(LeaguesPage);
