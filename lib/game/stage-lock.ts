/** What a player can do with a stage at a given instant. The server decides with the database clock. */
export type StageLockState = "open" | "locked" | "cancelled";

export type LockableStage = { startsAt: Date; status: "SCHEDULED" | "LOCKED" | "CANCELLED" };

export function getStageLockState(stage: LockableStage, now: Date): StageLockState {
  if (stage.status === "CANCELLED") return "cancelled";
  // A stage locks at its start, whatever its stored status says: moving the start moves the lock.
  return now.getTime() < stage.startsAt.getTime() ? "open" : "locked";
}

/** The next stage that will lock after `now`, in start order; cancelled stages never lock. */
export function findNextLock<T extends LockableStage>(stages: readonly T[], now: Date): T | undefined {
  return stages.filter((stage) => getStageLockState(stage, now) === "open").sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime())[0];
}

/** Whole days, hours, minutes and seconds left until `target`; all zero once it has passed. */
export function splitCountdown(target: Date, now: Date) {
  const totalSeconds = Math.max(0, Math.floor((target.getTime() - now.getTime()) / 1000));
  return {
    totalSeconds,
    days: Math.floor(totalSeconds / 86_400),
    hours: Math.floor((totalSeconds % 86_400) / 3_600),
    minutes: Math.floor((totalSeconds % 3_600) / 60),
    seconds: totalSeconds % 60,
  };
}
