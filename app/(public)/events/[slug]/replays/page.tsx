import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { db } from "@/lib/server/db";
import { getCurrentUser } from "@/lib/server/auth/session";
import { AppError } from "@/lib/server/errors";
import { getReplayBoard } from "@/lib/server/replay/get-replay-board";
import { eventSlugSchema } from "@/lib/validation/params";
import { ReplayBoardTable } from "@/components/replay/replay-board-table";
import { withDatabaseNotice, withMetadataFallback } from "@/components/site/database-unavailable";
import { getNameStandIns } from "@/lib/server/i18n/name-stand-ins";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ slug: string }> };

async function load(params: Props["params"]) {
  const slug = eventSlugSchema.safeParse((await params).slug);
  if (!slug.success) return null;
  return getReplayBoard(db, slug.data, undefined, await getNameStandIns()).catch((error: unknown) => {
    if (error instanceof AppError && error.code === "NOT_FOUND") return null;
    throw error;
  });
}

async function readMetadata({ params }: Props): Promise<Metadata> {
  const [board, t] = await Promise.all([load(params), getTranslations("replay")]);
  return { title: board ? t("board.title", { event: board.event.name }) : t("board.notFound") };
}

async function ReplayBoardPage({ params }: Props) {
  const [board, viewer, t] = await Promise.all([load(params), getCurrentUser(), getTranslations("replay")]);
  if (!board) notFound();
  const { event, rows } = board;
  return (
    <div className="space-y-6">
      <header className="space-y-2">
        <p className="text-sm text-stone-600">
          <Link href={`/events/${event.slug}`} className="hover:underline">
            {event.name}
          </Link>
        </p>
        <h1 className="text-2xl font-bold sm:text-3xl">{t("board.heading", { event: event.name })}</h1>
        <p className="text-stone-700">{t("board.intro")}</p>
      </header>
      <ReplayBoardTable rows={rows} viewerId={viewer?.id ?? null} caption={t("board.caption", { event: event.name })} />
      {event.status === "COMPLETED" ? (
        <p>
          <Link href={`/events/${event.slug}#replay`} className="font-semibold text-dune-700 underline">
            {t("board.playLink")}
          </Link>
        </p>
      ) : null}
    </div>
  );
}

export const generateMetadata = withMetadataFallback(readMetadata);

export default withDatabaseNotice(ReplayBoardPage);
