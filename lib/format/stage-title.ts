/** "Prologue", "Stage 4" or "Stage 4: name": one wording everywhere. */
export function stageTitle(stage: { number: number; name: string | null; type: string }): string {
  if (stage.type === "PROLOGUE") return stage.name ?? "Prologue";
  return stage.name ? `Stage ${stage.number}: ${stage.name}` : `Stage ${stage.number}`;
}
