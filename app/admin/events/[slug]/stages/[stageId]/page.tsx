import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { db } from "@/lib/server/db";
import { requireAdminPage } from "@/lib/server/auth/guard-page";
import { getAdminStage } from "@/lib/server/admin/get-admin-parts";
import { utcToLocalInput } from "@/lib/format/zoned-time";
import { eventSlugSchema, idParamSchema } from "@/lib/validation/params";
import { timeZoneLabel } from "@/lib/format/date-time";
import { getStageLockState } from "@/lib/game/stage-lock";
import { stageTitle } from "@/lib/format/stage-label";
import { StageStatus } from "@/components/events/stage-status";
import { StageForm } from "@/components/admin/stage-form";
import { StageStartForm } from "@/components/admin/stage-start-form";
import { LockStageNowForm } from "@/components/admin/lock-stage-now-form";
import { StageCancelForm } from "@/components/admin/stage-cancel-form";
import { StartTimes } from "@/components/admin/start-times";
import { withDatabaseNotice } from "@/components/site/database-unavailable";
import { TextLink } from "@/components/ui/text-link";

export const metadata: Metadata = { title: "Stage · Admin" };

type Props = { params: Promise<{ slug: string; stageId: string }> };

async function AdminStagePage({ params }: Props) {
  const raw = await params;
  const slug = eventSlugSchema.safeParse(raw.slug);
  const stageId = idParamSchema.safeParse(raw.stageId);
  await requireAdminPage(`/admin/events/${slug.data ?? ""}/stages/${stageId.data ?? ""}`);
  const page = slug.success && stageId.success ? await getAdminStage(db, slug.data, stageId.data) : null;
  if (!page) notFound();
  const { event, stage, now } = page;
  const base = `/admin/events/${event.slug}`;
  return (
    <div className="max-w-3xl space-y-8">
      <header className="space-y-2">
        <p className="text-sm text-stone-600">
          <Link href="/admin/events" className="hover:underline">
            Events
          </Link>{" "}
          /{" "}
          <Link href={`${base}#stages`} className="hover:underline">
            {event.name}
          </Link>{" "}
          / Stage
        </p>
        <div className="flex flex-wrap items-center gap-3">
          <h1 className="text-2xl font-bold">{stageTitle(stage)}</h1>
          <StageStatus stage={stage} now={now} />
        </div>
        <p className="text-sm text-stone-700">
          {stage._count.results} results rows ·{" "}
          <TextLink tone="plain" href={`${base}/results`}>
            Results
          </TextLink>
        </p>
      </header>

      <section aria-labelledby="stage-start" className="space-y-3">
        <h2 id="stage-start" className="text-xl font-bold">
          Start and lock
        </h2>
        <div className="rounded-lg border border-sand-200 bg-white p-3 text-sm">
          <p className="font-semibold">Starts (and locks)</p>
          <StartTimes startsAt={stage.startsAt} timeZone={event.timeZone} />
        </div>
        {getStageLockState({ ...stage, status: "SCHEDULED" }, now) === "locked" ? (
          <p className="text-sm text-stone-700">This stage has locked and its picks are public: its start no longer moves.</p>
        ) : (
          <>
            <StageStartForm
              stage={stage}
              localValue={utcToLocalInput(stage.startsAt, event.timeZone)}
              timeZone={event.timeZone}
              timeZoneLabel={timeZoneLabel(stage.startsAt, event.timeZone)}
            />
            {stage.status === "CANCELLED" ? null : <LockStageNowForm stage={stage} />}
          </>
        )}
      </section>

      <section aria-labelledby="stage-details" className="space-y-3">
        <h2 id="stage-details" className="text-xl font-bold">
          Details
        </h2>
        <StageForm mode="edit" stage={stage} />
      </section>

      <section aria-labelledby="stage-cancel" className="space-y-3">
        <h2 id="stage-cancel" className="text-xl font-bold">
          {stage.status === "CANCELLED" ? "Cancelled" : "Cancel"}
        </h2>
        <StageCancelForm stage={{ id: stage.id, version: stage.version, isCancelled: stage.status === "CANCELLED" }} />
      </section>
    </div>
  );
}

export default withDatabaseNotice(AdminStagePage);
