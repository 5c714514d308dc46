/**
 * Dune Draft scoring: the pure module behind `npm run score` and the app's rescoring (DESIGN.md,
 * "The scoring contract"). No I/O and no clock: the same input always gives the same output.
 *
 *   const parsed = parseScoringInput(json);            // untrusted JSON → { ok, value } | { ok: false, errors }
 *   if (parsed.ok) scoreEvent(parsed.value);           // → { leaderboard } exactly as the contract
 *
 * The detailed form keeps per-stage rows:
 *
 *   const scores = scorePlayers(input);                // per player, per published stage: exact, transfers
 *   toScoringOutput(scores).leaderboard;               // overall ranks
 *   rankStage(scores, stageId);                        // one stage's leaderboard
 *
 * The app's rescoring scores a whole event in the database with the same rules: `tabulateStage` gives
 * each crew's share of a roster's stage points and scores each distinct podium call, and transfer
 * accounting is `countTransfers` (lib/game/transfers); the database adds the shares up per player.
 *
 * `scoreEvent` and `scorePlayers` trust their input: anything not built from consistent data goes through
 * `parseScoringInput` first. Transfer accounting on its own lives in `@/lib/game/transfers`.
 */
export { parseScoringInput, formatScoringIssues, type ParseScoringInputResult } from "./parse-input";
export {
  scoringInputSchema,
  type ScoringInput,
  type ScoringInputDraft,
  type PlayerInput,
  type RosterEntry,
  type Prediction,
  type ResultRow,
  type FinishStatus,
} from "./input-schema";
export { scoreEvent, scorePlayers, toScoringOutput, type ScoringOutput, type LeaderboardRow, type StageScoreOutput } from "./score-event";
export type { PlayerScore, PlayerStageScore } from "./score-player";
export { rankStage, type StageLeaderboardRow } from "./stage-leaderboard";
export { rankPlayers, compareForRanking, type Rankable, type Ranked } from "./ranking";
export { scoreCrewStage, scoreRosterCrew, scoreRosterStage, scoreFinalCrew, scoreFinalBonus } from "./crew-points";
export { tabulateStage, tabulateFinalBonus, type CrewShare, type StageTableInput } from "./stage-tables";
export { scorePodiumCall, readStageOutcome, type PodiumCall, type PodiumCallScore, type StageOutcome } from "./podium-points";
