import { describe, expect, it } from "vitest";
import { parseScoringInput, scorePlayers, type ScoringInputDraft } from "@/lib/game/scoring";
import type { Chip } from "@/lib/game/rules";
import { setStageCancelled } from "@/lib/server/admin/cancel-stage";
import { listPlayedChips } from "@/lib/server/picks/played-chips";
import { saveRoster } from "@/lib/server/picks/save-roster";
import { createUser } from "@/tests/factories";
import { testDb } from "./helpers/db";
import { dbTimeIn } from "./helpers/play-event";
import {
  contractField,
  contractResults,
  createResultsEvent,
  finishOrder,
  readScores,
  refusal,
  saveAndPublish,
} from "./helpers/results-event";

const HOUR = 3_600_000;

describe("chips", () => {
  it("score as the engine scores them: the Joker, the Wildcard and the Shield on their own stage, a replaced chip not at all", async () => {
    const db = testDb();
    const { event, crews, stages, admin } = await createResultsEvent(db, [HOUR, 2 * HOUR, 3 * HOUR]);
    const { F0, F1, F2, R0, R1, S } = crews;
    const [S0, S1] = stages as [(typeof stages)[number], (typeof stages)[number]];
    const [A, B, C, D] = await Promise.all([createUser(db), createUser(db), createUser(db), createUser(db)]);
    const save = (userId: string, picked: { id: number }[], captain: { id: number }, chip: Chip | null = null) =>
      saveRoster(db, { userId, eventSlug: event.slug, crewIds: picked.map((crew) => crew.id), captainId: captain.id, chip });
    // The start falls a few milliseconds after the last save: a save in the same millisecond could land after it.
    const start = async (stage: { id: number }) => {
      await new Promise((resolve) => setTimeout(resolve, 10));
      await db.stage.update({ where: { id: stage.id }, data: { startsAt: await dbTimeIn(db, -1) } });
    };

    await save(A.id, [F0, R0, S], F0, "JOKER");
    await save(B.id, [F1, R1, S], R1);
    await save(C.id, [F1, F2, R1], F1);
    await start(S0);
    const results0 = finishOrder([F0, R0, F1, S], [[R1, "DNF"]]);
    await saveAndPublish(db, admin.id, S0.id, results0);

    // The Joker acted on the prologue: it cannot be played again, with a message that says where it went.
    const again = await refusal(save(A.id, [F0, R0, S], F0, "JOKER"));
    expect(again.message).toBe("You played that chip on the prologue: each chip once per event.");
    expect(await listPlayedChips(db, A.id, event.id)).toEqual([{ chip: "JOKER", stageId: S0.id, stageNumber: 0 }]);
    await save(A.id, [F0, R0, S], F0);
    await save(B.id, [F2, R0, S], F2, "WILDCARD");
    await save(C.id, [F1, F2, R1], F1, "SHIELD");
    // D saves a Shield, then thinks better of it before the start: the Shield stays in hand.
    await save(D.id, [F0, R1, S], F0, "SHIELD");
    await save(D.id, [F0, R1, S], F0);
    await start(S1);
    const results1 = finishOrder(
      [F2, F0, R0],
      [
        [F1, "DNF"],
        [R1, "DSQ"],
        [S, "DNS"],
      ],
    );
    await saveAndPublish(db, admin.id, S1.id, results1);
    expect(await listPlayedChips(db, D.id, event.id)).toEqual([]);

    const stored = await readScores(db, event.id);
    const chipOf = (userId: string, stageId: number) =>
      stored.stageRosters.find((row) => row.userId === userId && row.stageId === stageId)?.chip;
    expect([chipOf(A.id, S0.id), chipOf(A.id, S1.id), chipOf(B.id, S1.id), chipOf(C.id, S1.id), chipOf(D.id, S1.id)]).toEqual([
      "JOKER",
      null,
      "WILDCARD",
      "SHIELD",
      null,
    ]);

    const key = (id: number) => String(id);
    const entry = (stage: { id: number }, picked: { id: number }[], captain: { id: number }, chip?: Chip) => ({
      stage: key(stage.id),
      crews: picked.map((crew) => key(crew.id)),
      captain: key(captain.id),
      ...(chip ? { chip } : {}),
    });
    const JOINED = "2026-01-01T00:00:00Z";
    const draft: ScoringInputDraft = {
      ...contractField(event, crews),
      stages: [
        { id: key(S0.id), results: contractResults(results0) },
        { id: key(S1.id), results: contractResults(results1) },
      ],
      players: [
        { id: A.id, joinedAt: JOINED, rosters: [entry(S0, [F0, R0, S], F0, "JOKER"), entry(S1, [F0, R0, S], F0)] },
        { id: B.id, joinedAt: JOINED, rosters: [entry(S0, [F1, R1, S], R1), entry(S1, [F2, R0, S], F2, "WILDCARD")] },
        { id: C.id, joinedAt: JOINED, rosters: [entry(S0, [F1, F2, R1], F1), entry(S1, [F1, F2, R1], F1, "SHIELD")] },
        { id: D.id, joinedAt: JOINED, rosters: [entry(S1, [F0, R1, S], F0)] },
      ],
    };
    const parsed = parseScoringInput(draft);
    if (!parsed.ok) throw new Error(parsed.errors.join("\n"));
    const expected = scorePlayers(parsed.value).flatMap((player) =>
      player.stages.map((stage) => ({
        userId: player.player,
        stageId: Number(stage.stage),
        roster: stage.roster,
        penalty: stage.penalty,
        total: stage.total,
      })),
    );
    const actual = stored.stageScores.map((row) => ({
      userId: row.userId,
      stageId: row.stageId,
      roster: row.rosterPoints,
      penalty: row.penalty,
      total: row.total,
    }));
    const order = (rows: typeof actual) => [...rows].sort((a, b) => a.stageId - b.stageId || a.userId.localeCompare(b.userId));
    expect(order(actual)).toEqual(order(expected));
    // The chips did something: the Joker doubled A's prologue, the Wildcard waived B's penalty, the Shield C's DNF and DSQ.
    const score = (userId: string, stageId: number) => actual.find((row) => row.userId === userId && row.stageId === stageId)!;
    expect(score(A.id, S0.id).roster).toBe(2 * (2 * 25 + 18 + 12));
    expect(score(B.id, S1.id).penalty).toBe(0);
    // Unshielded: F1 captain DNF −10, F2 first 25, R1 DSQ −5 = 10; shielded 25.
    expect(score(C.id, S1.id).roster).toBe(25);
  });

  it("refuses a chip the event does not offer, and gives a chip back when its stage is cancelled", async () => {
    const db = testDb();
    const { event, crews, stages, admin } = await createResultsEvent(db, [HOUR, 2 * HOUR]);
    const { F0, R0, S } = crews;
    await db.event.update({ where: { id: event.id }, data: { rules: { chips: ["JOKER", "SHIELD"] } } });
    const player = await createUser(db);
    const save = (chip: Chip | null) =>
      saveRoster(db, { userId: player.id, eventSlug: event.slug, crewIds: [F0.id, R0.id, S.id], captainId: F0.id, chip });

    const refused = await refusal(save("WILDCARD"));
    expect(refused.message).toBe("This event does not offer that chip.");
    expect(refused.fieldErrors).toEqual({ chip: ["This event does not offer that chip."] });

    await save("SHIELD");
    const prologue = stages[0]!;
    await new Promise((resolve) => setTimeout(resolve, 10));
    await db.stage.update({ where: { id: prologue.id }, data: { startsAt: await dbTimeIn(db, -1) } });
    expect((await listPlayedChips(db, player.id, event.id)).map((played) => played.chip)).toEqual(["SHIELD"]);
    const { version } = await db.stage.findUniqueOrThrow({ where: { id: prologue.id }, select: { version: true } });
    await setStageCancelled(db, { actorId: admin.id, stageId: prologue.id, expectedVersion: version, cancelled: true });
    expect(await listPlayedChips(db, player.id, event.id)).toEqual([]);
    // Back in hand: it can be played on the next stage.
    await save("SHIELD");
  });
});
