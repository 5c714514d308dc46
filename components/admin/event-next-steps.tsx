import Link from "next/link";
import { useTranslations } from "next-intl";
import type { AdminEvent } from "@/lib/server/admin/get-admin-event";

type Step = { href: string; label: string; isTodo: boolean };
type Translator = ReturnType<typeof useTranslations<"admin.nextSteps">>;

function listSteps(event: AdminEvent, t: Translator): Step[] {
  const base = `/admin/events/${event.slug}`;
  const samplePrices = event.crews.filter((crew) => crew.isSamplePrice).length;
  const todo: Step[] = [
    { href: "#teams", label: t("addTeams"), isTodo: event.teams.length === 0 },
    { href: "#details", label: t("chooseFeatured"), isTodo: event.featuredTeamId === null },
    { href: `${base}/crews/new`, label: t("addCrews"), isTodo: event.crews.length === 0 },
    { href: `${base}/stages/new`, label: t("addStages"), isTodo: event.stages.length === 0 },
    { href: "#crews", label: t("confirmPrices", { count: samplePrices }), isTodo: samplePrices > 0 },
    { href: "#details", label: t("openEvent"), isTodo: event.status === "DRAFT" },
  ];
  const always: Step[] = [
    { href: `${base}/results`, label: t("results"), isTodo: false },
    { href: `${base}/crews/new`, label: t("addCrew"), isTodo: false },
    { href: `${base}/stages/new`, label: t("addStage"), isTodo: false },
  ];
  if (event.status !== "DRAFT") always.push({ href: `/events/${event.slug}`, label: t("publicPage"), isTodo: false });
  return [...todo.filter((step) => step.isTodo), ...always];
}

/** What to do next with the event: unfinished setup first, then the usual jobs. */
export function EventNextSteps({ event }: { event: AdminEvent }) {
  const t = useTranslations("admin.nextSteps");
  return (
    <nav aria-labelledby="next-steps" className="rounded-lg border border-sand-200 bg-white p-4">
      <h2 id="next-steps" className="mb-2 font-bold">
        {t("heading")}
      </h2>
      <ul className="space-y-1">
        {listSteps(event, t).map((step) => (
          <li key={step.label}>
            <Link href={step.href} className={`underline ${step.isTodo ? "font-semibold text-amber-900" : "text-dune-700"}`}>
              {step.isTodo ? t("todo", { step: step.label }) : step.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
