import "server-only";
import { listCrewsOutBefore } from "@/lib/game/replay";
import type { LoadedReplayEvent } from "./load-replay-event";

/**
 * The field as it stood when stage `stageNumber` started: a crew is retired for the run's stage only
 * if it had retired after an earlier stage, as in the live event (not because it is retired today).
 */
export function fieldAtStage(loaded: LoadedReplayEvent, stageNumber: number) {
  const out = new Set(listCrewsOutBefore(loaded.engine.crews, stageNumber));
  return loaded.event.crews.map((crew) => ({ ...crew, isRetired: out.has(crew.id) }));
}
