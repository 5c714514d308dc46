import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { getNameStandIns } from "@/lib/server/i18n/name-stand-ins";
import { db } from "@/lib/server/db";
import { requireUserPage } from "@/lib/server/auth/guard-page";
import { getLeagueInvite } from "@/lib/server/leagues/get-league-invite";
import { MAX_LEAGUE_MEMBERS, MAX_LEAGUES_PER_EVENT } from "@/lib/game/leagues";
import { inviteCodeSchema } from "@/lib/validation/leagues";
import { JoinLeagueForm } from "@/components/leagues/join-league-form";
import { withDatabaseNotice } from "@/components/site/database-unavailable";
import { TextLink } from "@/components/ui/text-link";
import { ClientMessages } from "@/components/i18n/client-messages";

export const dynamic = "force-dynamic";
export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("leagues");
  return { title: t("join.title") };
}

type Props = { params: Promise<{ code: string }> };

async function JoinLeaguePage({ params }: Props) {
  const raw = (await params).code;
  const code = inviteCodeSchema.safeParse(raw);
  const user = await requireUserPage(`/leagues/join/${encodeURIComponent(code.success ? code.data : raw)}`);
  const [t, standIns] = await Promise.all([getTranslations("leagues"), getNameStandIns()]);
  const invite = code.success ? await getLeagueInvite(db, code.data, user.id, standIns) : null;

  if (!code.success || !invite) {
    return (
      <div className="mx-auto max-w-lg space-y-3">
        <h1 className="text-2xl font-bold">{t("join.brokenHeading")}</h1>
        <p>{t("join.brokenBody")}</p>
        <TextLink href="/leagues">{t("join.brokenLink")}</TextLink>
      </div>
    );
  }

  const isOverCap = invite.viewerLeagueCount >= MAX_LEAGUES_PER_EVENT;
  return (
    <div className="mx-auto max-w-lg space-y-6">
      <header className="space-y-1">
        <p className="text-sm text-stone-600">{t("join.invited")}</p>
        <h1 className="text-2xl font-bold" dir="auto">
          {invite.name}
        </h1>
      </header>
      <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 rounded-lg border border-sand-200 bg-white p-4">
        <dt className="font-semibold">{t("join.event")}</dt>
        <dd>
          <Link href={`/events/${invite.event.slug}`} className="underline">
            {invite.event.name}
          </Link>
        </dd>
        <dt className="font-semibold">{t("join.owner")}</dt>
        <dd dir="auto">{invite.ownerName}</dd>
        <dt className="font-semibold">{t("join.members")}</dt>
        <dd>{t("join.memberCount", { count: invite.memberCount, max: MAX_LEAGUE_MEMBERS })}</dd>
      </dl>
      {invite.isMember ? (
        <p className="rounded-lg border border-emerald-300 bg-emerald-50 px-4 py-3">
          {t("join.alreadyMember")} <TextLink href={`/leagues/${invite.id}`}>{t("join.openBoard")}</TextLink>
        </p>
      ) : invite.isFull ? (
        <p className="rounded-lg border border-amber-300 bg-amber-50 px-4 py-3">{t("join.full", { max: MAX_LEAGUE_MEMBERS })}</p>
      ) : isOverCap ? (
        <p className="rounded-lg border border-amber-300 bg-amber-50 px-4 py-3">
          {t.rich("join.overCap", {
            max: MAX_LEAGUES_PER_EVENT,
            link: (chunks) => (
              <Link href="/leagues" className="underline">
                {chunks}
              </Link>
            ),
          })}
        </p>
      ) : (
        <div className="space-y-2">
          <p className="text-sm text-stone-700">{t("join.explained")}</p>
          <ClientMessages groups={["leagues.forms"]}>
            <JoinLeagueForm code={code.data} leagueName={invite.name} />
          </ClientMessages>
        </div>
      )}
    </div>
  );
}

export default withDatabaseNotice(JoinLeaguePage);
