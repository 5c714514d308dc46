import "server-only";
import type { Db } from "@/lib/server/db";
import { getEventPage } from "@/lib/server/events/get-event-page";
import { listPublishedStageResults } from "@/lib/server/events/list-published-stage-results";
import { publishedStatus } from "@/lib/game/results-status";
import { toStageJson, toStageResultJson } from "./event-json";
import { eventNotFound, notFoundError } from "./respond";
import type { EventResultsJson, StageDetailJson } from "./schemas";

/** One stage and its published results (none while they are a draft). */
export async function getStageJson(db: Db, slug: string, stageNumber: number): Promise<StageDetailJson> {
  const page = await getEventPage(db, slug);
  if (!page) throw eventNotFound(slug);
  const stage = page.event.stages.find((candidate) => candidate.number === stageNumber);
  if (!stage) throw notFoundError(`Event "${slug}" has no stage ${stageNumber}.`);
  const results = await listPublishedStageResults(db, [stage.id]);
  return {
    event: { slug: page.event.slug, name: page.event.name },
    stage: toStageJson(stage, page.now),
    results: results.map(toStageResultJson),
  };
}

/** Every published stage's results, and the final classification once it is published. */
export async function getEventResultsJson(db: Db, slug: string): Promise<EventResultsJson> {
  const page = await getEventPage(db, slug);
  if (!page) throw eventNotFound(slug);
  const { event, now } = page;
  const stages = event.stages.filter((stage) => publishedStatus(stage.resultsStatus) !== null);
  const results = await listPublishedStageResults(
    db,
    stages.map((stage) => stage.id),
  );
  const finalStatus = publishedStatus(event.finalStatus);
  return {
    event: { slug: event.slug, name: event.name },
    stages: stages.map((stage) => ({
      stage: toStageJson(stage, now),
      results: results.filter((result) => result.stageId === stage.id).map(toStageResultJson),
    })),
    // getEventPage already empties the classification unless it is published.
    final: finalStatus
      ? {
          status: finalStatus,
          results: event.finalResults.map((result) => ({
            position: result.position,
            status: result.status,
            timeSeconds: result.timeSeconds,
            crew: { id: result.crew.id, number: result.crew.number, driver: result.crew.driver, coDriver: result.crew.coDriver },
          })),
        }
      : null,
  };
}
