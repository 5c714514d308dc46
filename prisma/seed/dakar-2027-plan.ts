// Dakar Rally 2027: the event to play, on the provisional route with a SAMPLE field (the Stock
// entry list is not published).
import { CONVENTIONAL_START_TIME, toStageType } from "./event-plan";
import type { EventPlan, PlannedCrew, PlannedStage, PlannedTeam } from "./event-plan";
import { samplePrice } from "./sample-prices";
import { planStageStarts } from "./schedule";
import { readDakar2026Source, readDakar2027Source } from "./source-data";
import { addDaysToIsoDate, isoDateToDbDate } from "@/lib/format/zoned-time";

export const DAKAR_2027_SLUG = "dakar-2027";

/** Players need time to build a roster before the first lock. */
export const MIN_LEAD_HOURS = 48;

const NOT_PUBLISHED = "Sample entry: the 2027 Stock entry list is not published.";

// Teams and crews as they ran in 2026, minus Akira Miura (moved to Ultimate for 2027).
const SAMPLE_TEAMS: readonly { name: string; note: string; drivers: readonly string[] }[] = [
  {
    name: "Defender Rally",
    note: `${NOT_PUBLISHED} Defender's announced 2026–2028 programme plans three cars at every Dakar.`,
    drivers: ["Stéphane Peterhansel", "Rokas Baciuška", "Sara Price"],
  },
  {
    name: "Team Land Cruiser Toyota Auto Body",
    note: `${NOT_PUBLISHED} Toyota Auto Body stays in Stock; Akira Miura moved to Ultimate.`,
    drivers: ["Ronald Basso"],
  },
  { name: "Tireman Racing", note: NOT_PUBLISHED, drivers: ["Peter Hamza"] },
];

function planSampleField(): { teams: PlannedTeam[]; crews: PlannedCrew[] } {
  const source2026 = readDakar2026Source();
  const teams = SAMPLE_TEAMS.map((sample): PlannedTeam => {
    const team = source2026.teams.find((candidate) => candidate.name === sample.name);
    if (!team) throw new Error(`Sample team "${sample.name}" is not in the 2026 source`);
    return {
      name: team.name,
      manufacturer: team.manufacturer,
      vehicle: team.vehicle,
      note: sample.note,
      isFeatured: team.featured,
    };
  });
  const crews = SAMPLE_TEAMS.flatMap((sample) =>
    sample.drivers.map((driver): PlannedCrew => {
      const crew = source2026.crews.find((candidate) => candidate.driver === driver);
      if (!crew) throw new Error(`Sample crew "${driver}" is not in the 2026 source`);
      const team = teams.find((candidate) => candidate.name === sample.name);
      return {
        key: driver,
        teamName: sample.name,
        number: null, // race numbers are not published
        driver,
        driverNationality: crew.driverNationality,
        coDriver: crew.coDriver,
        coDriverNationality: crew.coDriverNationality,
        vehicle: team?.vehicle ?? null,
        price: samplePrice(driver),
        source: `${NOT_PUBLISHED} Crew as entered in the Dakar 2026.`,
      };
    }),
  );
  return { teams, crews };
}

function describe(shiftDays: number, originalStart: string): string {
  const base =
    "SAMPLE event on the PROVISIONAL route of the Dakar Rally 2027 (a loop from King Abdullah " +
    "Economic City, Saudi Arabia). The stage list comes from third-party sources, not the organiser; " +
    "start times are not published (07:00 local is assumed); the Stock entry list is not out, so the " +
    "field and its prices are sample data that admins edit.";
  if (shiftDays === 0) return base;
  return (
    `${base} The whole schedule was moved ${shiftDays} day${shiftDays === 1 ? "" : "s"} later than the ` +
    `provisional dates (prologue ${originalStart}) so that the prologue starts at least ` +
    `${MIN_LEAD_HOURS} hours after the data was seeded.`
  );
}

export function buildDakar2027Plan(now: Date): EventPlan {
  const source = readDakar2027Source();
  const { timeZone } = source.event;
  const schedule = planStageStarts({
    dates: source.stages.map((stage) => stage.date),
    timeZone,
    localTime: CONVENTIONAL_START_TIME,
    now,
    minLeadHours: MIN_LEAD_HOURS,
  });

  const stages = source.stages.map((stage, index): PlannedStage => {
    const startsAt = schedule.startsAt[index];
    if (!startsAt) throw new Error(`Stage ${stage.number}: no start time planned`);
    return {
      number: stage.number,
      name: stage.number === 0 ? (stage.name ?? "Prologue") : (stage.name ?? null),
      type: toStageType(stage.type),
      startTown: stage.from,
      finishTown: stage.to,
      specialKm: stage.km,
      totalKm: null,
      startsAt,
      status: "SCHEDULED",
      note: `Provisional route. ${source.kmNote} The figure is stored as the special-stage distance.`,
      results: [],
    };
  });

  const { teams, crews } = planSampleField();
  const firstDate = source.stages[0]?.date ?? source.event.startDate;
  return {
    seasonSlug: "w2rc-2027",
    event: {
      slug: DAKAR_2027_SLUG,
      name: source.event.name,
      country: source.event.country,
      timeZone,
      startDate: isoDateToDbDate(addDaysToIsoDate(source.event.startDate, schedule.shiftDays)),
      endDate: isoDateToDbDate(addDaysToIsoDate(source.event.endDate, schedule.shiftDays)),
      status: "UPCOMING",
      isSample: true,
      description: describe(schedule.shiftDays, firstDate),
      finalStatus: null,
    },
    teams,
    crews,
    stages,
    finalResults: [],
  };
}
