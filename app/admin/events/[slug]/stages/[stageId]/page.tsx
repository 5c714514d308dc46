import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { db } from "@/lib/server/db";
import { requireAdminPage } from "@/lib/server/auth/guard-page";
import { getAdminStage } from "@/lib/server/admin/get-admin-parts";
import { utcToLocalInput } from "@/lib/format/zoned-time";
import { eventSlugSchema, idParamSchema } from "@/lib/validation/params";
import { timeZoneLabel } from "@/lib/format/date-time";
import { getStageLockState } from "@/lib/game/stage-lock";
import { stageTitleValues } from "@/lib/format/stage-label";
import { StageStatus } from "@/components/events/stage-status";
import { StageForm } from "@/components/admin/stage-form";
import { StageStartForm } from "@/components/admin/stage-start-form";
import { LockStageNowForm } from "@/components/admin/lock-stage-now-form";
import { StageCancelForm } from "@/components/admin/stage-cancel-form";
import { StartTimes } from "@/components/admin/start-times";
import { ClientMessages } from "@/components/i18n/client-messages";
import { withDatabaseNotice } from "@/components/site/database-unavailable";
import { TextLink } from "@/components/ui/text-link";
import { AdminBreadcrumb } from "@/components/admin/admin-breadcrumb";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("admin");
  return { title: t("meta.title", { page: t("meta.stage") }) };
}

type Props = { params: Promise<{ slug: string; stageId: string }> };

async function AdminStagePage({ params }: Props) {
  const raw = await params;
  const slug = eventSlugSchema.safeParse(raw.slug);
  const stageId = idParamSchema.safeParse(raw.stageId);
  await requireAdminPage(`/admin/events/${slug.data ?? ""}/stages/${stageId.data ?? ""}`);
  const page = slug.success && stageId.success ? await getAdminStage(db, slug.data, stageId.data) : null;
  if (!page) notFound();
  const { event, stage, now } = page;
  const [t, tCommon, locale] = await Promise.all([getTranslations("admin"), getTranslations("common"), getLocale()]);
  const base = `/admin/events/${event.slug}`;
  return (
    <div className="max-w-3xl space-y-8">
      <header className="space-y-2">
        <AdminBreadcrumb event={{ slug: event.slug, name: event.name, section: "stages" }} current={t("crumbs.stage")} />
        <div className="flex flex-wrap items-center gap-3">
          <h1 className="text-2xl font-bold">{tCommon("stageTitle", stageTitleValues(stage))}</h1>
          <StageStatus stage={stage} now={now} />
        </div>
        <p className="text-sm text-stone-700">
          {t.rich("stagePage.rows", {
            count: stage._count.results,
            link: (chunks) => (
              <TextLink tone="plain" href={`${base}/results`}>
                {chunks}
              </TextLink>
            ),
          })}
        </p>
      </header>

      <section aria-labelledby="stage-start" className="space-y-3">
        <h2 id="stage-start" className="text-xl font-bold">
          {t("stagePage.startHeading")}
        </h2>
        <div className="rounded-lg border border-sand-200 bg-white p-3 text-sm">
          <p className="font-semibold">{t("stagePage.startsAndLocks")}</p>
          <StartTimes startsAt={stage.startsAt} timeZone={event.timeZone} />
        </div>
        {getStageLockState({ ...stage, status: "SCHEDULED" }, now) === "locked" ? (
          <p className="text-sm text-stone-700">{t("stagePage.locked")}</p>
        ) : (
          <ClientMessages groups={["admin.forms.fields", "admin.forms.move", "admin.forms.lockNow"]}>
            <StageStartForm
              stage={stage}
              localValue={utcToLocalInput(stage.startsAt, event.timeZone)}
              timeZone={event.timeZone}
              timeZoneLabel={timeZoneLabel(stage.startsAt, event.timeZone, locale)}
            />
            {stage.status === "CANCELLED" ? null : <LockStageNowForm stage={stage} />}
          </ClientMessages>
        )}
      </section>

      <section aria-labelledby="stage-details" className="space-y-3">
        <h2 id="stage-details" className="text-xl font-bold">
          {t("stagePage.details")}
        </h2>
        <ClientMessages groups={["admin.forms.fields", "admin.forms.stage"]}>
          <StageForm mode="edit" stage={stage} />
        </ClientMessages>
      </section>

      <section aria-labelledby="stage-cancel" className="space-y-3">
        <h2 id="stage-cancel" className="text-xl font-bold">
          {stage.status === "CANCELLED" ? t("stagePage.cancelled") : t("stagePage.cancel")}
        </h2>
        <ClientMessages groups={["admin.forms.cancel"]}>
          <StageCancelForm stage={{ id: stage.id, version: stage.version, isCancelled: stage.status === "CANCELLED" }} />
        </ClientMessages>
      </section>
    </div>
  );
}

export default withDatabaseNotice(AdminStagePage);
