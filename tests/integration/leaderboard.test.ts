import { describe, expect, it } from "vitest";
import { getOverallLeaderboard, LEADERBOARD_PAGE_SIZE } from "@/lib/server/leaderboards/get-overall-leaderboard";
import { createEvent, createUser } from "@/tests/factories";
import { testDb } from "./helpers/db";
import { storeStandings } from "./helpers/leagues";

describe("overall leaderboard", () => {
  it("orders by rank then first save, pages by 50 and finds the viewer's page", async () => {
    const db = testDb();
    const event = await createEvent(db);
    const users = await Promise.all(Array.from({ length: LEADERBOARD_PAGE_SIZE + 5 }, () => createUser(db)));
    const base = Date.parse("2026-12-01T00:00:00Z");
    // Everyone ties on rank 1 except the last five; join order decides the listing within the tie.
    await storeStandings(
      db,
      event.id,
      users.map((user, index) => ({
        userId: user.id,
        total: index < LEADERBOARD_PAGE_SIZE ? 100 : 10,
        rank: index < LEADERBOARD_PAGE_SIZE ? 1 : LEADERBOARD_PAGE_SIZE + 1,
        previousRank: index === 0 ? 3 : null,
        joinedAt: new Date(base + index * 1000),
      })),
    );

    const first = await getOverallLeaderboard(db, event.id, 1, users[0]!.id);
    expect(first.total).toBe(LEADERBOARD_PAGE_SIZE + 5);
    expect(first.pages).toBe(2);
    expect(first.rows).toHaveLength(LEADERBOARD_PAGE_SIZE);
    expect(first.rows.map((row) => row.userId)).toEqual(users.slice(0, LEADERBOARD_PAGE_SIZE).map((user) => user.id));
    expect(first.rows.every((row) => row.rank === 1)).toBe(true);
    expect(first.mine).toMatchObject({ rank: 1, previousRank: 3, page: 1 });

    const last = users.at(-1)!;
    const second = await getOverallLeaderboard(db, event.id, 2, last.id);
    expect(second.rows.map((row) => row.rank)).toEqual(Array(5).fill(LEADERBOARD_PAGE_SIZE + 1));
    expect(second.mine?.page).toBe(2);

    const visitor = await getOverallLeaderboard(db, event.id, 1, null);
    expect(visitor.mine).toBeNull();
  });

  it("shows a deleted player's row without their name", async () => {
    const db = testDb();
    const event = await createEvent(db);
    const user = await createUser(db, { deletedAt: new Date(), displayName: null, email: null });
    await storeStandings(db, event.id, [{ userId: user.id, total: 5, rank: 1 }]);
    const board = await getOverallLeaderboard(db, event.id, 1, null);
    expect(board.rows[0]?.name).toBe("Deleted player");
    expect(board.rows[0]?.isUnnamed).toBe(false);
  });

  it("marks a player without a display name, whom pages name in the reader's language", async () => {
    const db = testDb();
    const event = await createEvent(db);
    const [unnamed, named] = [await createUser(db, { displayName: null }), await createUser(db)];
    await storeStandings(db, event.id, [
      { userId: unnamed.id, total: 5, rank: 1 },
      { userId: named.id, total: 4, rank: 2 },
    ]);
    const board = await getOverallLeaderboard(db, event.id, 1, null);
    expect(board.rows.map((row) => [row.name, row.isUnnamed])).toEqual([
      ["Player", true],
      [named.displayName, false],
    ]);
  });
});
