import type { Event, FinalResult, FinishStatus, ResultsStatus } from "@/lib/generated/prisma/client";
import { createCrew } from "./crew";
import { createEvent } from "./event";
import type { FactoryDb } from "./factory-db";

export type FinalResultInput = {
  crewId: number;
  status?: FinishStatus;
  /** Defaults to the next place among FINISHED rows; null for other statuses. */
  position?: number | null;
  timeSeconds?: number | null;
};

export type FinalResultsOverrides = {
  eventId?: number;
  /** Defaults to every crew of the event finishing in id order (three new crews if it has none). */
  results?: FinalResultInput[];
  finalStatus?: ResultsStatus;
  publishedAt?: Date;
};

export type FinalResults = { event: Event; results: FinalResult[] };

async function defaultResults(db: FactoryDb, eventId: number): Promise<FinalResultInput[]> {
  const crews = await db.crew.findMany({ where: { eventId }, orderBy: { id: "asc" }, select: { id: true } });
  while (crews.length < 3) crews.push(await createCrew(db, { eventId }));
  return crews.map((crew) => ({ crewId: crew.id }));
}

/** An event's final classification and its status (PROVISIONAL unless told otherwise). */
export async function createFinalResults(db: FactoryDb, overrides: FinalResultsOverrides = {}): Promise<FinalResults> {
  const eventId = overrides.eventId ?? (await createEvent(db)).id;
  const inputs = overrides.results ?? (await defaultResults(db, eventId));
  let finishers = 0;
  const results = await db.finalResult.createManyAndReturn({
    data: inputs.map((input) => {
      const status = input.status ?? "FINISHED";
      if (status === "FINISHED") finishers += 1;
      return {
        eventId,
        crewId: input.crewId,
        status,
        position: input.position !== undefined ? input.position : status === "FINISHED" ? finishers : null,
        timeSeconds: input.timeSeconds ?? null,
      };
    }),
  });
  const finalStatus = overrides.finalStatus ?? "PROVISIONAL";
  const event = await db.event.update({
    where: { id: eventId },
    data: {
      finalStatus,
      finalPublishedAt: finalStatus === "DRAFT" ? null : (overrides.publishedAt ?? new Date()),
    },
  });
  return { event, results };
}
