// Race times as the sources print them: the stage winner's elapsed time ("4h04'59\"", "12'03\"")
// and the others' gaps to the winner ("+4s", "+6'49\"", "+48min", "+2h16'41\"").
const DURATION = /^(?:(\d+)h)?(?:(\d+)(?:min|['’′]))?(?:(\d+)(?:s|["”″]))?$/;

/** Seconds in a duration such as `4h04'59"`, `+6'49"` or `+48min`; a leading `+` is allowed. */
export function parseDuration(text: string): number {
  const match = DURATION.exec(text.trim().replace(/^\+/, ""));
  const [, hours, minutes, seconds] = match ?? [];
  if (!match || (hours === undefined && minutes === undefined && seconds === undefined)) {
    throw new Error(`Unreadable race time "${text}"`);
  }
  const h = Number(hours ?? 0);
  const m = Number(minutes ?? 0);
  const s = Number(seconds ?? 0);
  // "90s" alone is a plausible gap, but "1'75\"" is a typo, not a time.
  if ((minutes !== undefined && s >= 60) || (hours !== undefined && m >= 60)) {
    throw new Error(`Race time "${text}" has a field out of range`);
  }
  return h * 3600 + m * 60 + s;
}

/**
 * Elapsed seconds for each place of a stage: the first entry is the winner's elapsed time, every
 * later one a `+` gap added to it. Null stays null (time not published).
 */
export function parseStageTimes(times: readonly (string | null)[]): (number | null)[] {
  const [first, ...gaps] = times;
  if (first === undefined) return [];
  if (first !== null && first.trim().startsWith("+")) {
    throw new Error(`The winner's time "${first}" must be an elapsed time, not a gap`);
  }
  const winner = first === null ? null : parseDuration(first);
  const others = gaps.map((gap) => {
    if (gap === null) return null;
    if (!gap.trim().startsWith("+")) throw new Error(`Time "${gap}" after the winner's must be a gap like +1'44"`);
    if (winner === null) throw new Error(`Gap "${gap}" has no winner's time to add to`);
    return winner + parseDuration(gap);
  });
  return [winner, ...others];
}
