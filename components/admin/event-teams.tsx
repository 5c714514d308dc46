import { useTranslations } from "next-intl";
import type { AdminEvent } from "@/lib/server/admin/get-admin-event";
import { Badge } from "@/components/ui/badge";
import { TeamForm } from "./team-form";

/** The event's teams, each editable in place, and a form to add one (TeamForm needs admin.forms.fields and admin.forms.team). */
export function EventTeams({ event }: { event: AdminEvent }) {
  const t = useTranslations("admin.teams");
  return (
    <div className="space-y-3">
      {event.teams.length === 0 ? <p className="text-stone-700">{t("empty")}</p> : null}
      <ul className="space-y-2">
        {event.teams.map((team) => (
          <li key={team.id} className="rounded-lg border border-sand-200 bg-white">
            <details>
              <summary className="flex min-h-11 cursor-pointer flex-wrap items-center gap-2 px-4 py-2">
                <span className="font-semibold">{team.name}</span>
                {team.id === event.featuredTeamId ? <Badge tone="accent">{t("featured")}</Badge> : null}
                <span className="text-sm text-stone-600">
                  {[team.manufacturer, team.vehicle, t("crewCount", { count: team._count.crews })].filter(Boolean).join(" · ")}
                </span>
                <span className="ms-auto text-sm font-semibold text-dune-700 underline">{t("edit")}</span>
              </summary>
              <div className="border-t border-sand-100 px-4 py-3">
                <TeamForm eventId={event.id} team={team} />
              </div>
            </details>
          </li>
        ))}
      </ul>
      <details className="rounded-lg border border-dashed border-stone-400 bg-white">
        <summary className="min-h-11 cursor-pointer px-4 py-2 font-semibold text-dune-700">{t("add")}</summary>
        <div className="border-t border-sand-100 px-4 py-3">
          <TeamForm eventId={event.id} />
        </div>
      </details>
    </div>
  );
}
