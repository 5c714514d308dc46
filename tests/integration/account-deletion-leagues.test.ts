import { describe, expect, it } from "vitest";
import { deleteAccount } from "@/lib/server/users/update-account";
import { createEvent, createUser } from "@/tests/factories";
import { testDb } from "./helpers/db";
import { createLeagueWithMembers } from "./helpers/leagues";

describe("deleting an account that owns leagues", () => {
  it("hands each league to its longest-standing member, deletes the ones nobody else is in, and keeps memberships", async () => {
    const db = testDb();
    const event = await createEvent(db);
    const owner = await createUser(db, { password: "delete-me-please" });
    const [first, second] = [await createUser(db), await createUser(db)];
    const shared = await createLeagueWithMembers(db, {
      eventId: event.id,
      ownerId: owner.id,
      name: "Shared league",
      members: [first.id, second.id],
    });
    const alone = await createLeagueWithMembers(db, { eventId: event.id, ownerId: owner.id, name: "Solo league" });
    // A league the player only belongs to stays as it is, with them in it.
    const theirs = await createLeagueWithMembers(db, { eventId: event.id, ownerId: second.id, name: "Their league", members: [owner.id] });

    await deleteAccount(db, owner.id, "delete-me-please", { ip: "192.0.2.10" });

    expect((await db.league.findUniqueOrThrow({ where: { id: shared.id } })).ownerId).toBe(first.id);
    expect(await db.league.findUnique({ where: { id: alone.id } })).toBeNull();
    expect((await db.league.findUniqueOrThrow({ where: { id: theirs.id } })).ownerId).toBe(second.id);
    expect(await db.leagueMember.count({ where: { userId: owner.id } })).toBe(2);
    const audit = await db.auditLog.findFirstOrThrow({ where: { action: "delete-account", entityId: owner.id } });
    expect(audit.after).toEqual({ handedOver: 1, deleted: 1 });
  });
});
