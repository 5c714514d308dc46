import { describe, expect, it } from "vitest";
import { BoardCache } from "@/lib/server/live/board-cache";
import type { StandingsChange } from "@/lib/server/live/standings-listener";

function fakeListener() {
  const subscribers = new Set<(change: StandingsChange) => void>();
  return {
    isListening: true,
    subscribe(subscriber: (change: StandingsChange) => void) {
      subscribers.add(subscriber);
      return () => subscribers.delete(subscriber);
    },
    notify(change: StandingsChange) {
      for (const subscriber of subscribers) subscriber(change);
    },
  };
}

function counter() {
  let loads = 0;
  return {
    load: async () => ++loads,
    get loads() {
      return loads;
    },
  };
}

describe("leaderboard cache", () => {
  it("serves a cached board until that event's standings change", async () => {
    const listener = fakeListener();
    const cache = new BoardCache(listener);
    const event1 = counter();
    const event2 = counter();
    expect(await cache.read(1, "overall:1", event1.load)).toBe(1);
    expect(await cache.read(1, "overall:1", event1.load)).toBe(1);
    expect(await cache.read(2, "overall:1", event2.load)).toBe(1);
    listener.notify({ eventId: 1 });
    expect(await cache.read(1, "overall:1", event1.load)).toBe(2);
    expect(await cache.read(2, "overall:1", event2.load)).toBe(1);
    listener.notify({ eventId: "any" });
    expect(await cache.read(2, "overall:1", event2.load)).toBe(2);
  });

  it("keeps the settled value, not the loading request's promise (a promise carries its request's async context)", async () => {
    const cache = new BoardCache(fakeListener());
    const first = cache.read(1, "overall:1", async () => "board");
    await first;
    const later = cache.read(1, "overall:1", async () => "another board");
    expect(later).not.toBe(first);
    expect(await later).toBe("board");
  });

  it("shares one load between concurrent readers", async () => {
    const cache = new BoardCache(fakeListener());
    const board = counter();
    const values = await Promise.all(Array.from({ length: 50 }, () => cache.read(1, "overall:1", board.load)));
    expect(new Set(values)).toEqual(new Set([1]));
    expect(board.loads).toBe(1);
  });

  it("does not keep a board loaded while a change landed", async () => {
    const listener = fakeListener();
    const cache = new BoardCache(listener);
    let release = () => {};
    const slow = new Promise<string>((resolve) => (release = () => resolve("before the publish")));
    const reading = cache.read(1, "overall:1", () => slow);
    listener.notify({ eventId: 1 });
    release();
    expect(await reading).toBe("before the publish");
    expect(await cache.read(1, "overall:1", async () => "after the publish")).toBe("after the publish");
  });

  it("reads through while it cannot hear changes, and forgets failed loads", async () => {
    const listener = fakeListener();
    const cache = new BoardCache(listener);
    listener.isListening = false;
    const board = counter();
    await cache.read(1, "overall:1", board.load);
    await cache.read(1, "overall:1", board.load);
    expect(board.loads).toBe(2);
    listener.isListening = true;
    await expect(cache.read(1, "overall:1", async () => Promise.reject(new Error("database down")))).rejects.toThrow("database down");
    expect(await cache.read(1, "overall:1", async () => "recovered")).toBe("recovered");
  });

  it("expires entries after a minute", async () => {
    let now = 0;
    const cache = new BoardCache(fakeListener(), () => now);
    const board = counter();
    await cache.read(1, "event", board.load);
    now = 59_000;
    await cache.read(1, "event", board.load);
    now = 61_000;
    await cache.read(1, "event", board.load);
    expect(board.loads).toBe(2);
  });
});
