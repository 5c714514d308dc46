import "server-only";
import type { StandingsChange, StandingsListener } from "./standings-listener";

const MAX_ENTRIES = 2_000;
/** A safety net for changes that do not notify (an admin renaming a stage): at most this stale. */
const MAX_AGE_MS = 60_000;

type Entry = { value: unknown; storedAt: number };

/**
 * Read-through cache for leaderboard data, per event. A publish anywhere (any instance) notifies
 * through PostgreSQL and drops that event's entries here; while the listener is not connected the
 * cache is bypassed, so a lost signal can never leave a stale board. Concurrent readers of a
 * missing entry share one load (the results-night rush reads page 1 a thousand times at once).
 *
 * Entries hold settled values, never promises: a promise made during a request carries that
 * request's async context (Next's request store, and through it the request and its response), so
 * a cached promise kept every request it touched alive (a heap snapshot found thousands).
 */
export class BoardCache {
  private readonly entries = new Map<string, Entry>();
  /** Loads in flight, shared by concurrent readers and dropped as soon as they settle. */
  private readonly loading = new Map<string, Promise<unknown>>();
  /** Bumped on every change of an event: a load begun before the change is not stored. */
  private readonly generations = new Map<number, number>();
  private globalGeneration = 0;

  constructor(
    private readonly listener: Pick<StandingsListener, "isListening" | "subscribe">,
    private readonly now = () => Date.now(),
  ) {
    listener.subscribe((change) => this.invalidate(change));
  }

  read<T>(eventId: number, key: string, load: () => Promise<T>): Promise<T> {
    if (!this.listener.isListening) return load();
    const fullKey = `${eventId}:${key}`;
    const cached = this.entries.get(fullKey);
    if (cached && this.now() - cached.storedAt < MAX_AGE_MS) return Promise.resolve(cached.value as T);
    const inFlight = this.loading.get(fullKey);
    if (inFlight) return inFlight as Promise<T>;

    const generation = this.generationOf(eventId);
    const startedAt = this.now();
    const value = load();
    this.loading.set(fullKey, value);
    const settle = () => {
      if (this.loading.get(fullKey) === value) this.loading.delete(fullKey);
    };
    value.then((loaded) => {
      settle();
      // A change landed while loading: this value may predate it.
      if (this.generationOf(eventId) !== generation) return;
      this.entries.set(fullKey, { value: loaded, storedAt: startedAt });
      this.trim();
    }, settle);
    return value;
  }

  get size(): number {
    return this.entries.size;
  }

  private invalidate(change: StandingsChange): void {
    if (change.eventId === "any") {
      this.globalGeneration += 1;
      this.entries.clear();
      this.loading.clear();
      return;
    }
    this.generations.set(change.eventId, (this.generations.get(change.eventId) ?? 0) + 1);
    const prefix = `${change.eventId}:`;
    for (const map of [this.entries, this.loading]) for (const key of map.keys()) if (key.startsWith(prefix)) map.delete(key);
  }

  private generationOf(eventId: number): string {
    return `${this.globalGeneration}.${this.generations.get(eventId) ?? 0}`;
  }

  private trim(): void {
    while (this.entries.size > MAX_ENTRIES) {
      const oldest = this.entries.keys().next().value;
      if (oldest === undefined) break;
      this.entries.delete(oldest);
    }
  }
}
