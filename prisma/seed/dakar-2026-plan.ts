// Dakar Rally 2026 (Stock): the replay event, with the real results the sources confirm.
import { CONVENTIONAL_START_TIME, toStageType } from "./event-plan";
import type { EventPlan, PlannedCrew, PlannedResult, PlannedStage } from "./event-plan";
import { parseDuration, parseStageTimes } from "./race-times";
import { samplePrice } from "./sample-prices";
import { readDakar2026Source } from "./source-data";
import type { Dakar2026Source } from "./source-data";
import { isoDateToDbDate, zonedTimeToUtc } from "@/lib/format/zoned-time";

export const DAKAR_2026_SLUG = "dakar-2026";

const DESCRIPTION =
  "Replay event: the Stock category of the Dakar Rally 2026 (3–17 January 2026, Saudi Arabia) with " +
  "the real stage results and final classification as far as public sources confirm them. Places the " +
  "sources do not give are left out rather than guessed. Crew prices are sample values for the game, " +
  "not facts.";

function findCrewKey(crews: readonly PlannedCrew[], entry: number | string, where: string): string {
  const crew = crews.find((candidate) => (typeof entry === "number" ? candidate.number === entry : candidate.driver === entry));
  if (!crew) throw new Error(`${where}: no crew ${JSON.stringify(entry)} in the source's crew list`);
  return crew.key;
}

function planCrews(source: Dakar2026Source): PlannedCrew[] {
  return source.crews.map((crew) => {
    const team = source.teams.find((candidate) => candidate.name === crew.team);
    if (!team) throw new Error(`Crew ${crew.driver}: unknown team "${crew.team}"`);
    return {
      key: crew.driver,
      teamName: team.name,
      number: crew.number,
      driver: crew.driver,
      driverNationality: crew.driverNationality,
      coDriver: crew.coDriver,
      coDriverNationality: crew.coDriverNationality,
      vehicle: team.vehicle,
      price: samplePrice(crew.driver),
      source: crew.source,
    };
  });
}

function planStageResults(source: Dakar2026Source, crews: readonly PlannedCrew[], stage: number): PlannedResult[] {
  const known = source.stageResults.find((entry) => entry.stage === stage);
  if (!known) return [];
  const times = known.times ? parseStageTimes(known.times) : [];
  if (known.times && times.length !== known.order.length) {
    throw new Error(`Stage ${stage}: ${known.order.length} places but ${times.length} times`);
  }
  return known.order.map((entry, index) => ({
    crewKey: findCrewKey(crews, entry, `Stage ${stage} results`),
    position: index + 1,
    timeSeconds: times[index] ?? null,
  }));
}

function stageNote(source: Dakar2026Source, stage: Dakar2026Source["stages"][number]): string | null {
  const confidence = source.stageResults.find((entry) => entry.stage === stage.number)?.confidence;
  // Plain "confirmed" needs no note; anything else explains why results are partial or derived.
  const resultsNote = confidence && confidence !== "confirmed" ? `Results confidence: ${confidence}.` : null;
  const parts = [stage.note ?? null, resultsNote].filter((part): part is string => part !== null);
  return parts.length > 0 ? parts.join(" ") : null;
}

export function buildDakar2026Plan(): EventPlan {
  const source = readDakar2026Source();
  const { timeZone } = source.event;
  const crews = planCrews(source);

  const stages: PlannedStage[] = source.stages.map((stage) => ({
    number: stage.number,
    name: stage.number === 0 ? (stage.name ?? "Prologue") : (stage.name ?? null),
    type: toStageType(stage.type),
    startTown: stage.from,
    finishTown: stage.to,
    specialKm: stage.specialKm,
    totalKm: stage.totalKm,
    startsAt: zonedTimeToUtc(stage.date, CONVENTIONAL_START_TIME, timeZone),
    status: "LOCKED",
    note: stageNote(source, stage),
    results: planStageResults(source, crews, stage.number),
  }));

  const winnerSeconds = parseDuration(source.finalClassification.winnerTime);
  const finalResults = source.finalClassification.order.map((number, index) => ({
    crewKey: findCrewKey(crews, number, "Final classification"),
    position: index + 1,
    // Only the winner's total is published precisely ("about 4 h" back for second).
    timeSeconds: index === 0 ? winnerSeconds : null,
  }));

  return {
    seasonSlug: "w2rc-2026",
    event: {
      slug: DAKAR_2026_SLUG,
      name: source.event.name,
      country: source.event.country,
      timeZone,
      startDate: isoDateToDbDate(source.event.startDate),
      endDate: isoDateToDbDate(source.event.endDate),
      status: "COMPLETED",
      isSample: false,
      description: DESCRIPTION,
      finalStatus: "OFFICIAL",
    },
    teams: source.teams.map((team) => ({
      name: team.name,
      manufacturer: team.manufacturer,
      vehicle: team.vehicle,
      note: team.note,
      isFeatured: team.featured,
    })),
    crews,
    stages,
    finalResults,
  };
}
