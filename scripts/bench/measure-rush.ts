import type pg from "pg";
import { percentile } from "./measure-reads";
import { createRandom } from "./random";
import { listValidLineups } from "./rosters";
import { createRushEvent, listStoredSaves, lockRushStage } from "./rush-event";
import { mintSessionCookie, postRosterSave, type SaveReply } from "./roster-save";
import type { BenchEvent } from "./synthetic-players";

export const RUSH_CLIENTS = 1_000;
/** A real run's rush (10 saves per player); CI's smoke run sends fewer (`--rush-saves`). */
export const RUSH_SAVES_DEFAULT = 10_000;
/**
 * Saves sent per second, all players together: each player saves every RUSH_CLIENTS / RUSH_RATE
 * seconds (4 s), or as soon as their previous save is answered if that takes longer. An open load,
 * as players on deadline day click when they are ready, not when the server answers: a server that
 * keeps up answers at this rate; one that cannot falls behind it, and its answers slow down.
 */
export const RUSH_RATE = 250;

export type RushFigures = {
  rushSaves: number;
  /** Saves the server accepted ("Roster saved"). */
  rushAccepted: number;
  /** Accepted and stored before the lock. */
  rushAcceptedBeforeLock: number;
  /** Refused because the stage had started (LOCKED). */
  rushRefused: number;
  /** Any other answer: a server error, a network error, a refusal for another reason. Should be 0. */
  rushErrors: number;
  /** Accepted but not stored. Must be 0. */
  rushLost: number;
  /** Accepted although sent after the lock, or stored with a save time at or after it. Must be 0. */
  rushAcceptedAfterLock: number;
  /** Stored although the answer was not an acceptance (e.g. an error after the commit). */
  rushStoredUnconfirmed: number;
  rushSeconds: number;
  /** Saves answered per second, from the first sent to the last answered. */
  rushSavesPerSecond: number;
  rushP95Ms: number;
};

type Planned = { crewIds: number[]; captainId: number };
type Sent = Planned & { userId: string; sentAt: number; doneAt: number; reply: SaveReply | null; error: string | null };

const lineupKey = (captainId: number, crewIds: readonly number[]) => `${captainId}:${[...crewIds].sort((a, b) => a - b).join(",")}`;

/** Each client's saves: distinct valid rosters (crews and captain), so every answer matches one stored version. */
function planSaves(
  replay: BenchEvent,
  event: Awaited<ReturnType<typeof createRushEvent>>,
  seed: number,
  savesPerClient: number,
): Planned[][] {
  const random = createRandom(seed + 11);
  const options = listValidLineups(event.crews, replay.rules, event.featuredTeamId).flatMap((lineup) =>
    lineup.map((captainId) => ({ crewIds: [...lineup], captainId })),
  );
  if (options.length < savesPerClient)
    throw new Error(`only ${options.length} distinct rosters: a client cannot make ${savesPerClient} distinct saves`);
  return Array.from({ length: RUSH_CLIENTS }, () => {
    const pool = [...options];
    return Array.from({ length: savesPerClient }, () => pool.splice(random.int(0, pool.length - 1), 1)[0]!);
  });
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * The deadline rush: RUSH_CLIENTS signed-in players each save `rushSaves / RUSH_CLIENTS` rosters, one
 * after another, through the real HTTP path (the roster builder's save endpoint), RUSH_RATE saves a
 * second in all. When half the saves have been sent, the stage's start is set to the database
 * clock: the lock falls in the middle of the burst, with requests in flight on both sides. Then
 * every answer is checked against what the database stored.
 */
export async function measureRush(
  client: pg.Client,
  baseUrl: string,
  replay: BenchEvent,
  players: { userIds: readonly string[]; authSecret: string; seed: number },
  log: (line: string) => void,
  rushSaves = RUSH_SAVES_DEFAULT,
): Promise<RushFigures> {
  const event = await createRushEvent(client, replay);
  const plans = planSaves(replay, event, players.seed, Math.ceil(rushSaves / RUSH_CLIENTS));
  const users = players.userIds.slice(0, RUSH_CLIENTS + 1);
  if (users.length < RUSH_CLIENTS + 1) throw new Error(`the rush needs ${RUSH_CLIENTS + 1} players, the bench has ${users.length}`);
  const cookies = await Promise.all(users.map((userId, i) => mintSessionCookie(userId, `Bench ${i}`, players.authSecret)));

  // One save first, by a player outside the rush: the route compiles and the path is proven.
  const probe = await postRosterSave(baseUrl, event.slug, cookies[RUSH_CLIENTS]!, plans[0]![0]!);
  if (!probe.ok)
    throw new Error(
      `a roster save for ${event.slug} was not accepted: HTTP ${probe.status}, ${probe.code ?? "no code"}: ${probe.message}`,
    );

  const sent: Sent[] = [];
  let lock: Promise<void> | null = null;
  let lockedAt = Infinity;
  const startedAt = performance.now();
  await Promise.all(
    plans.map(async (plan, c) => {
      for (const [k, save] of plan.entries()) {
        // Save k of client c is the (k * RUSH_CLIENTS + c)-th of the rush's schedule.
        await sleep(startedAt + ((k * RUSH_CLIENTS + c) * 1000) / RUSH_RATE - performance.now());
        const entry: Sent = { ...save, userId: users[c]!, sentAt: performance.now(), doneAt: 0, reply: null, error: null };
        sent.push(entry);
        if (sent.length === Math.floor(rushSaves / 2)) {
          lock = lockRushStage(client, event.stageId).then(() => {
            lockedAt = performance.now();
          });
        }
        try {
          entry.reply = await postRosterSave(baseUrl, event.slug, cookies[c]!, save);
        } catch (error) {
          entry.error = error instanceof Error ? error.message : String(error);
        }
        entry.doneAt = performance.now();
      }
    }),
  );
  const rushSeconds = (Math.max(...sent.map((entry) => entry.doneAt)) - Math.min(...sent.map((entry) => entry.sentAt))) / 1000;
  await lock;

  const rushUsers = new Set(users.slice(0, RUSH_CLIENTS));
  const stored = new Map<string, { isAfterLock: boolean }[]>();
  for (const save of await listStoredSaves(client, event.eventId, event.stageId)) {
    if (!rushUsers.has(save.userId)) continue;
    const key = `${save.userId}|${lineupKey(save.captainId, save.crewIds)}`;
    stored.set(key, [...(stored.get(key) ?? []), { isAfterLock: save.isAfterLock }]);
  }
  const figures = { rushAccepted: 0, rushAcceptedBeforeLock: 0, rushRefused: 0, rushErrors: 0, rushLost: 0, rushAcceptedAfterLock: 0 };
  const errors = new Map<string, number>();
  for (const entry of sent) {
    const key = `${entry.userId}|${lineupKey(entry.captainId, entry.crewIds)}`;
    if (entry.reply?.ok) {
      figures.rushAccepted += 1;
      const match = stored.get(key)?.shift();
      if (!match) figures.rushLost += 1;
      else if (match.isAfterLock || entry.sentAt > lockedAt) figures.rushAcceptedAfterLock += 1;
      else figures.rushAcceptedBeforeLock += 1;
    } else if (entry.reply?.code === "LOCKED") {
      figures.rushRefused += 1;
    } else {
      figures.rushErrors += 1;
      const reason = entry.error ?? `HTTP ${entry.reply?.status} ${entry.reply?.code ?? ""} ${entry.reply?.message ?? ""}`.trim();
      errors.set(reason, (errors.get(reason) ?? 0) + 1);
    }
  }
  for (const [reason, count] of errors) log(`rush error ×${count}: ${reason}`);
  return {
    rushSaves: sent.length,
    ...figures,
    rushStoredUnconfirmed: [...stored.values()].reduce((sum, left) => sum + left.length, 0),
    rushSeconds: Math.round(rushSeconds * 10) / 10,
    rushSavesPerSecond: Math.round(sent.length / rushSeconds),
    rushP95Ms: Math.round(
      percentile(
        sent.map((entry) => entry.doneAt - entry.sentAt),
        95,
      ),
    ),
  };
}
