import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { db } from "@/lib/server/db";
import { getCrewPage, type CrewPage } from "@/lib/server/crews/get-crew-page";
import { idParamSchema } from "@/lib/validation/params";
import { formatStageTime } from "@/lib/format/duration";
import { formatCalendarDate } from "@/lib/format/date-time";
import { NationalityFlag } from "@/components/crews/nationality-flag";
import { stageTitle } from "@/lib/format/stage-label";
import { Badge } from "@/components/ui/badge";
import { withDatabaseNotice, withMetadataFallback } from "@/components/site/database-unavailable";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ id: string }> };

async function load(params: Props["params"]) {
  const id = idParamSchema.safeParse((await params).id);
  return id.success ? getCrewPage(db, id.data) : null;
}

async function readMetadata({ params }: Props): Promise<Metadata> {
  const page = await load(params);
  return { title: page ? `${page.crew.driver} · ${page.crew.event.name}` : "Crew not found" };
}

function stageOutcome(stage: CrewPage["stages"][number]): string {
  if (stage.status === "CANCELLED") return "Cancelled";
  if (!stage.isPublished) return "Not published yet";
  const result = stage.result;
  if (!result) return "Place not known";
  if (result.status !== "FINISHED") return result.status;
  const time = result.timeSeconds !== null ? ` · ${formatStageTime(result.timeSeconds)}` : "";
  return result.position !== null ? `P${result.position}${time}` : `Finished${time}`;
}

async function CrewPageView({ params }: Props) {
  const page = await load(params);
  if (!page) notFound();
  const { crew, stages, finalResult, isFeatured } = page;

  return (
    <div className="space-y-8">
      <header className="space-y-2">
        <p className="text-sm text-stone-600">
          <Link href="/" className="hover:underline">
            Home
          </Link>{" "}
          /{" "}
          <Link href={`/events/${crew.event.slug}`} className="hover:underline">
            {crew.event.name}
          </Link>
        </p>
        <div className="flex flex-wrap items-center gap-3">
          <span className="rounded bg-night-900 px-2 py-1 font-mono font-bold text-sand-50">
            {crew.number === null ? "#—" : `#${crew.number}`}
          </span>
          <h1 className="text-3xl font-bold tracking-tight">
            {crew.driver} <NationalityFlag code={crew.driverNationality} />
          </h1>
          {isFeatured ? <Badge tone="accent">Featured team</Badge> : null}
          {crew.status === "RETIRED" ? <Badge tone="muted">Retired</Badge> : null}
        </div>
        <dl className="grid max-w-xl grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm">
          <dt className="font-semibold">Co-driver</dt>
          <dd>
            {crew.coDriver ?? "Not published"} <NationalityFlag code={crew.coDriverNationality} />
          </dd>
          <dt className="font-semibold">Team</dt>
          <dd>{crew.team.name}</dd>
          <dt className="font-semibold">Vehicle</dt>
          <dd>{crew.vehicle ?? crew.team.vehicle ?? "Not published"}</dd>
          <dt className="font-semibold">Category</dt>
          <dd>{crew.category === "STOCK" ? "Stock" : crew.category}</dd>
          <dt className="font-semibold">Price</dt>
          <dd>
            {crew.price} credits{crew.isSamplePrice ? " (sample price)" : ""}
          </dd>
          {crew.retiredAfter ? (
            <>
              <dt className="font-semibold">Out of the rally</dt>
              <dd>after {stageTitle(crew.retiredAfter)}</dd>
            </>
          ) : null}
          {finalResult ? (
            <>
              <dt className="font-semibold">Final Stock classification</dt>
              <dd>
                {finalResult.position ? `P${finalResult.position}` : finalResult.status}
                {finalResult.timeSeconds !== null ? ` · ${formatStageTime(finalResult.timeSeconds)}` : ""}
              </dd>
            </>
          ) : null}
        </dl>
        {crew.source ? <p className="text-xs text-stone-600">Source: {crew.source}</p> : null}
      </header>

      <section aria-labelledby="results" className="space-y-3">
        <h2 id="results" className="text-2xl font-bold">
          Stage by stage
        </h2>
        <ol className="divide-y divide-sand-100 rounded-lg border border-sand-200 bg-white">
          {stages.map((stage) => (
            <li key={stage.id} className="flex flex-wrap items-center justify-between gap-2 px-4 py-2">
              <span>
                <span className="font-semibold">{stageTitle(stage)}</span>{" "}
                <span className="text-sm text-stone-600">
                  {formatCalendarDate(stage.startsAt)} · {stage.startTown} → {stage.finishTown}
                </span>
              </span>
              <span className="font-mono text-sm">{stageOutcome(stage)}</span>
            </li>
          ))}
        </ol>
      </section>
    </div>
  );
}

export const generateMetadata = withMetadataFallback(readMetadata);

export default withDatabaseNotice(CrewPageView);
