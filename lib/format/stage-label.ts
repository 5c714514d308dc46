// How a stage is named, everywhere. The prologue is the stage of type PROLOGUE; where only a number
// is at hand (a retirement, a message about "stage N"), the schema's numbering says it: number 0.

type StageRef = { number: number; type?: string };

function isPrologue(stage: StageRef): boolean {
  return stage.type === undefined ? stage.number === 0 : stage.type === "PROLOGUE";
}

/**
 * The values of the common.stageTitle message, for translated pages: with them it reads "Prologue",
 * "Stage 4" or "Stage 4: name" in the reader's language.
 */
export function stageTitleValues(stage: StageRef & { name: string | null }): { kind: string; number: number; name: string } {
  // The seed names the prologue "Prologue": the generic word, which each language says its own way.
  const name = isPrologue(stage) && stage.name?.toLowerCase() === "prologue" ? null : stage.name;
  const kind = isPrologue(stage) ? (name ? "namedPrologue" : "prologue") : name ? "named" : "numbered";
  return { kind, number: stage.number, name: name ?? "" };
}

/** "Prologue", "Stage 4" or "Stage 4: name", for headings and lists (English: pages not translated yet). */
export function stageTitle(stage: StageRef & { name: string | null }): string {
  if (isPrologue(stage)) return stage.name ?? "Prologue";
  return stage.name ? `Stage ${stage.number}: ${stage.name}` : `Stage ${stage.number}`;
}

/** "the prologue" or "stage 4", inside a sentence. */
export function stageLabel(stage: StageRef): string {
  return isPrologue(stage) ? "the prologue" : `stage ${stage.number}`;
}

/** "The prologue" or "Stage 4", to start a sentence. */
export function stageLabelCapitalised(stage: StageRef): string {
  const label = stageLabel(stage);
  return label.charAt(0).toUpperCase() + label.slice(1);
}

/** "S4", and the prologue as `prologue`: "Prologue" on a tab, "P" where space is tight. */
export function stageShortLabel(stage: StageRef, prologue = "Prologue"): string {
  return isPrologue(stage) ? prologue : `S${stage.number}`;
}
