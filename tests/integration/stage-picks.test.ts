import { describe, expect, it } from "vitest";
import { getStagePicks } from "@/lib/server/picks/get-stage-picks";
import { createUser } from "@/tests/factories";
import { testDb } from "./helpers/db";
import { createPlayEvent, dbTimeIn } from "./helpers/play-event";

const SHOWN = 200;

describe("the stage page's calls", () => {
  it("lists the first 200 calls of a started stage in the order they were made, and none before the start", async () => {
    const db = testDb();
    const { event, featured, rival, solo, stages } = await createPlayEvent(db, [await dbTimeIn(db, 60_000)]);
    const stage = stages[0]!;
    const users = await Promise.all(
      Array.from({ length: SHOWN + 1 }, (_, index) => createUser(db, { deletedAt: index === 3 ? new Date() : null })),
    );
    // Stored in reverse: row ids run against the order of the calls, which the page must follow.
    const firstCallAt = Date.now() - 3_600_000;
    await db.podiumCall.createMany({
      data: users
        .map((user, index) => ({
          userId: user.id,
          stageId: stage.id,
          p1CrewId: featured[0]!.id,
          p2CrewId: rival[0]!.id,
          p3CrewId: solo.id,
          featuredBestCrewId: index === 0 ? featured[1]!.id : null,
          createdAt: new Date(firstCallAt + index * 1_000),
        }))
        .reverse(),
    });

    const before = await getStagePicks(db, event.slug, stage.number);
    expect(before).toMatchObject({ isPublic: false, callCount: SHOWN + 1, calls: [] });

    await db.stage.update({ where: { id: stage.id }, data: { startsAt: await dbTimeIn(db, -1) } });
    const after = await getStagePicks(db, event.slug, stage.number);
    expect(after?.calls.map((call) => call.user.id)).toEqual(users.slice(0, SHOWN).map((user) => user.id));
    expect(after?.calls[0]).toEqual({
      user: { id: users[0]!.id, displayName: users[0]!.displayName, deletedAt: null },
      p1: { driver: featured[0]!.driver },
      p2: { driver: rival[0]!.driver },
      p3: { driver: solo.driver },
      featuredBest: { driver: featured[1]!.driver },
    });
    expect(after?.calls[1]?.featuredBest).toBeNull();
    // A deleted account's call stays, without its name (the page shows "deleted player").
    expect(after?.calls[3]?.user.deletedAt).toBeInstanceOf(Date);
  });
});
