export type SeedCounts = {
  seasons: number;
  events: number;
  teams: number;
  crews: number;
  stages: number;
  stageResults: number;
  finalResults: number;
  auditLogs: number;
};

export type SeedSummary = {
  /** Rows created by this run (all zero on a second run). */
  created: SeedCounts;
  createdEvents: string[];
  /** Events that already existed and were left exactly as they were. */
  keptEvents: string[];
};

export function emptySeedSummary(): SeedSummary {
  return {
    created: { seasons: 0, events: 0, teams: 0, crews: 0, stages: 0, stageResults: 0, finalResults: 0, auditLogs: 0 },
    createdEvents: [],
    keptEvents: [],
  };
}

export function addCounts(total: SeedCounts, more: Partial<SeedCounts>): void {
  for (const key of Object.keys(more) as (keyof SeedCounts)[]) total[key] += more[key] ?? 0;
}

export function formatSeedSummary(summary: SeedSummary): string {
  const { created } = summary;
  const kept = summary.keptEvents.length > 0 ? summary.keptEvents.join(", ") : "none";
  if (Object.values(created).every((count) => count === 0)) {
    return `Seed: nothing to create; existing events kept as they were: ${kept}.`;
  }
  const events = summary.createdEvents.length > 0 ? ` (${summary.createdEvents.join(", ")})` : "";
  return (
    `Seed: created ${created.seasons} seasons, ${created.events} events${events}, ${created.teams} teams, ` +
    `${created.crews} crews, ${created.stages} stages, ${created.stageResults} stage results, ` +
    `${created.finalResults} final results, ${created.auditLogs} audit entries; existing events kept: ${kept}.`
  );
}
