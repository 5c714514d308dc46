import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { z } from "zod";
import { db } from "@/lib/server/db";
import { requireUserPage } from "@/lib/server/auth/guard-page";
import { listMyLeagues } from "@/lib/server/leagues/list-my-leagues";
import { MAX_LEAGUE_MEMBERS, MAX_LEAGUES_PER_EVENT, MAX_OWNED_LEAGUES_PER_EVENT } from "@/lib/game/leagues";
import type { MessageKey } from "@/lib/i18n/messages";
import { msg } from "@/lib/i18n/translate";
import { ClientMessages } from "@/components/i18n/client-messages";
import { eventSlugSchema } from "@/lib/validation/params";
import { MyLeagueList } from "@/components/leagues/my-league-list";
import { CreateLeagueForm } from "@/components/leagues/create-league-form";
import { JoinLeagueForm } from "@/components/leagues/join-league-form";
import { withDatabaseNotice } from "@/components/site/database-unavailable";

export const dynamic = "force-dynamic";
export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("leagues");
  return { title: t("list.title") };
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const searchSchema = z.object({
  event: eventSlugSchema.optional().catch(undefined),
  notice: z.enum(["deleted", "left"]).optional().catch(undefined),
});

const NOTICES: Record<"deleted" | "left", MessageKey> = { deleted: msg("leagues.list.deleted"), left: msg("leagues.list.left") };

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
  const [t, tAll] = await Promise.all([getTranslations("leagues"), getTranslations()]);
  const preferred = openEvents.find((event) => event.slug === preferredSlug)?.id ?? null;

  return (
    <div className="space-y-10">
      <header className="space-y-2">
        <h1 className="text-2xl font-bold">{t("list.title")}</h1>
        <p className="text-stone-700">{t("list.intro")}</p>
        <p className="text-sm text-stone-700">
          {t("list.caps", { owned: MAX_OWNED_LEAGUES_PER_EVENT, joined: MAX_LEAGUES_PER_EVENT, members: MAX_LEAGUE_MEMBERS })}
        </p>
      </header>

      <div role="status" aria-live="polite">
        {notice ? <p className="rounded-md bg-emerald-50 px-3 py-2 text-sm font-medium text-emerald-900">{tAll(NOTICES[notice])}</p> : null}
      </div>

      <section aria-labelledby="mine-heading" className="space-y-3">
        <h2 id="mine-heading" className="text-xl font-bold">
          {t("list.mineHeading")}
        </h2>
        <MyLeagueList leagues={leagues} />
      </section>

      <div className="grid gap-8 md:grid-cols-2">
        <section aria-labelledby="create-heading" className="space-y-3 rounded-lg border border-sand-200 bg-white p-4">
          <h2 id="create-heading" className="text-lg font-bold">
            {t("list.createHeading")}
          </h2>
          {openEvents.length > 0 ? (
            <>
              <p className="text-sm text-stone-700">{t("list.createIntro")}</p>
              <ClientMessages groups={["leagues.forms"]}>
                <CreateLeagueForm events={openEvents.map(({ id, name }) => ({ id, name }))} defaultEventId={preferred} />
              </ClientMessages>
            </>
          ) : (
            <p className="text-sm">{t("list.noOpenEvent")}</p>
          )}
        </section>
        <section aria-labelledby="join-heading" className="space-y-3 rounded-lg border border-sand-200 bg-white p-4">
          <h2 id="join-heading" className="text-lg font-bold">
            {t("list.joinHeading")}
          </h2>
          <p className="text-sm text-stone-700">{t("list.joinIntro")}</p>
          <ClientMessages groups={["leagues.forms"]}>
            <JoinLeagueForm />
          </ClientMessages>
        </section>
      </div>
    </div>
  );
}

export default withDatabaseNotice(LeaguesPage);
