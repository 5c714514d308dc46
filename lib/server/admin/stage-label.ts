/** "the prologue" or "stage 4", for sentences in refusal messages. */
export function stageLabel(stage: { number: number; type: string }): string {
  return stage.type === "PROLOGUE" ? "the prologue" : `stage ${stage.number}`;
}
