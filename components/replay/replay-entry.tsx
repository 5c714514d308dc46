import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { ClientMessages } from "@/components/i18n/client-messages";
import { StartReplayForm } from "./start-replay-form";

/**
 * A finished event's way into replay runs: start one, resume the active one, or (for a visitor) sign
 * in and come back here; and the replay board.
 */
export async function ReplayEntry({
  eventSlug,
  isSignedIn,
  activeRunId,
}: {
  eventSlug: string;
  isSignedIn: boolean;
  activeRunId: number | null;
}) {
  const t = await getTranslations("replay");
  const back = encodeURIComponent(`/events/${eventSlug}`);
  const buttonClass = "inline-flex min-h-11 items-center rounded-md bg-dune-700 px-4 py-2 font-semibold text-white hover:bg-dune-600";
  return (
    <section id="replay" aria-labelledby="replay-heading" className="space-y-3 rounded-lg border border-sand-200 bg-white p-4">
      <h2 id="replay-heading" className="text-xl font-bold">
        {t("entry.heading")}
      </h2>
      <p className="text-stone-700">{t("entry.intro")}</p>
      {activeRunId !== null ? (
        <p>
          <Link href={`/replays/${activeRunId}`} className={buttonClass}>
            {t("entry.resume")}
          </Link>
        </p>
      ) : isSignedIn ? (
        <ClientMessages groups={["replay.start"]}>
          <StartReplayForm eventSlug={eventSlug} />
        </ClientMessages>
      ) : (
        <p>
          <Link href={`/sign-in?callbackUrl=${back}`} className={buttonClass}>
            {t("entry.signIn")}
          </Link>
        </p>
      )}
      <p>
        <Link href={`/events/${eventSlug}/replays`} className="font-semibold text-dune-700 underline">
          {t("entry.board")}
        </Link>
      </p>
    </section>
  );
}
