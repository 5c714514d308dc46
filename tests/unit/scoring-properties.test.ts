import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  parseScoringInput,
  rankStage,
  scoreEvent,
  scorePlayers,
  type ResultRow,
  type ScoringInput,
  type ScoringInputDraft,
} from "@/lib/game/scoring";
import { CHIPS } from "@/lib/game/rules";

type Roster = ScoringInputDraft["players"][number]["rosters"] extends (infer Entry)[] | undefined ? Entry : never;

const range = (n: number) => Array.from({ length: n }, (_, i) => i);
const STATUSES = ["FINISHED", "FINISHED", "FINISHED", "DNF", "DSQ", "DNS"] as const;
const JOINED = ["2026-01-01T00:00:00Z", "2026-01-01T12:00:00Z", "2026-01-02T00:00:00+02:00"];

/** A stage or final classification: some crews, distinct positions with gaps, retired crews never finishing. */
function resultsArb(crewIds: string[], isOut: (crew: string) => boolean): fc.Arbitrary<ResultRow[]> {
  const rows = fc.tuple(
    ...crewIds.map(() => fc.record({ listed: fc.boolean(), status: fc.constantFrom(...STATUSES), hasPosition: fc.nat(9) })),
  );
  const positions = fc.shuffledSubarray(
    range(crewIds.length + 2).map((i) => i + 1),
    { minLength: crewIds.length, maxLength: crewIds.length },
  );
  return fc.tuple(rows, positions).map(([lines, places]) =>
    crewIds.flatMap((crew, i) => {
      const line = lines[i]!;
      if (!line.listed) return [];
      const status = isOut(crew) && line.status === "FINISHED" ? "DNS" : line.status;
      return [{ crew, status, position: status === "FINISHED" && line.hasPosition > 0 ? places[i]! : null }];
    }),
  );
}

const eventArb: fc.Arbitrary<ScoringInput> = fc
  .record({
    stageCount: fc.integer({ min: 1, max: 5 }),
    crewCount: fc.integer({ min: 3, max: 7 }),
    playerCount: fc.integer({ min: 0, max: 6 }),
  })
  .chain(({ stageCount, crewCount, playerCount }) => {
    const stageIds = range(stageCount).map((i) => `S${i}`);
    const crewIds = range(crewCount).map((i) => String(500 + i));
    const crew = fc.record({
      team: fc.constantFrom("Defender", "Toyota", "Privateer"),
      retiredAfter: fc.option(fc.constantFrom(...stageIds), { freq: 4 }),
    });
    return fc.tuple(...crewIds.map(() => crew)).chain((crewLines) => {
      const crews = crewIds.map((id, i) => ({ id, ...crewLines[i]! }));
      const outAfter = (stage: number) => (id: string) => {
        const retiredAfter = crews.find((c) => c.id === id)?.retiredAfter;
        return retiredAfter != null && stage > stageIds.indexOf(retiredAfter);
      };
      const roster = fc
        .subarray(crewIds, { minLength: 1, maxLength: Math.min(4, crewCount) })
        .chain((picked) => fc.record({ crews: fc.constant(picked), captain: fc.constantFrom(...picked) }));
      const prediction = fc.record({
        podium: fc.shuffledSubarray(crewIds, { minLength: 3, maxLength: 3 }),
        featuredBest: fc.option(fc.constantFrom(...crewIds)),
      });
      const player = (id: string) =>
        fc
          .record({
            id: fc.constant(id),
            joinedAt: fc.constantFrom(...JOINED),
            rosters: fc.tuple(...stageIds.map(() => fc.option(roster, { freq: 2 }))),
            predictions: fc.tuple(...stageIds.map(() => fc.option(prediction, { freq: 3 }))),
            // Each chip played or not, and on which of the player's roster entries (at most one chip per entry).
            chips: fc.tuple(...CHIPS.map(() => fc.option(fc.nat(20), { freq: 2 }))),
          })
          .map(({ chips, ...p }) => {
            const rosters: Roster[] = p.rosters.flatMap((entry, i) => (entry ? [{ stage: stageIds[i]!, ...entry }] : []));
            CHIPS.forEach((chip, k) => {
              const pick = chips[k];
              const entry = pick == null || rosters.length === 0 ? undefined : rosters[pick % rosters.length];
              if (entry && entry.chip === undefined) entry.chip = chip;
            });
            return { ...p, rosters, predictions: p.predictions.flatMap((call, i) => (call ? [{ stage: stageIds[i]!, ...call }] : [])) };
          });
      return fc.record({
        rules: fc.record(
          {
            captainMultiplier: fc.integer({ min: 1, max: 3 }),
            freeTransfersPerStage: fc.integer({ min: 0, max: 2 }),
            maxBankedTransfers: fc.integer({ min: 0, max: 3 }),
            jokerMultiplier: fc.integer({ min: 1, max: 3 }),
          },
          { requiredKeys: [] },
        ),
        featuredTeam: fc.constant("Defender"),
        crews: fc.constant(crews),
        stages: fc.tuple(
          ...stageIds.map((id, i) => fc.record({ id: fc.constant(id), results: fc.option(resultsArb(crewIds, outAfter(i)), { freq: 4 }) })),
        ),
        final: fc.option(resultsArb(crewIds, () => false)),
        players: fc.tuple(...range(playerCount).map((i) => player(`p${i}`))),
      });
    });
  })
  .map((draft: ScoringInputDraft) => {
    const parsed = parseScoringInput(draft);
    if (!parsed.ok) throw new Error(`generator made bad input:\n${parsed.errors.join("\n")}`);
    return parsed.value;
  });

const byPlayer = (input: ScoringInput) => new Map(scoreEvent(input).leaderboard.map((row) => [row.player, row]));

describe("scoring properties", () => {
  it("does not depend on player order", () => {
    const arb = eventArb.chain((input) =>
      fc.tuple(
        fc.constant(input),
        fc.shuffledSubarray(input.players, { minLength: input.players.length, maxLength: input.players.length }),
      ),
    );
    fc.assert(
      fc.property(arb, ([input, shuffled]) => {
        expect(scoreEvent({ ...input, players: shuffled })).toEqual(scoreEvent(input));
      }),
    );
  });

  it("gives the same output twice and leaves its input alone", () => {
    fc.assert(
      fc.property(eventArb, (input) => {
        const before = structuredClone(input);
        const first = JSON.stringify(scoreEvent(input));
        expect(JSON.stringify(scoreEvent(input))).toBe(first);
        expect(input).toEqual(before);
      }),
    );
  });

  it("adds up: total = stage totals + final, exact = sum of stage exacts", () => {
    fc.assert(
      fc.property(eventArb, (input) => {
        for (const score of scorePlayers(input)) {
          expect(score.total).toBe(score.stages.reduce((sum, s) => sum + s.total, score.final));
          expect(score.exact).toBe(score.stages.reduce((sum, s) => sum + s.exact, 0));
          for (const s of score.stages) expect(s.total).toBe(s.roster + s.prediction - s.penalty);
        }
      }),
    );
  });

  it("counts the captain's share exactly: roster(m) = roster(1) + (m − 1) × captain's points", () => {
    fc.assert(
      fc.property(eventArb, fc.integer({ min: 1, max: 4 }), (input, multiplier) => {
        const withRules = (event: ScoringInput, captainMultiplier: number) => ({ ...event, rules: { ...event.rules, captainMultiplier } });
        const captainOnly = {
          ...input,
          players: input.players.map((p) => ({ ...p, rosters: p.rosters.map((r) => ({ ...r, crews: [r.captain] })) })),
        };
        const [full, plain, captain] = [
          byPlayer(withRules(input, multiplier)),
          byPlayer(withRules(input, 1)),
          byPlayer(withRules(captainOnly, 1)),
        ];
        for (const [player, row] of full) {
          for (const [stage, points] of Object.entries(row.stages)) {
            const base = plain.get(player)?.stages[stage]?.roster ?? NaN;
            const share = captain.get(player)?.stages[stage]?.roster ?? NaN;
            expect(points.roster).toBe(base + (multiplier - 1) * share);
          }
        }
      }),
    );
  });

  it("is unchanged by an unpublished stage nobody refers to", () => {
    const arb = eventArb.chain((input) => fc.tuple(fc.constant(input), fc.integer({ min: 0, max: input.stages.length })));
    fc.assert(
      fc.property(arb, ([input, at]) => {
        const stages = [...input.stages.slice(0, at), { id: "unpublished", results: null }, ...input.stages.slice(at)];
        expect(scoreEvent({ ...input, stages })).toEqual(scoreEvent(input));
      }),
    );
  });

  it("gives standard competition ranks: 1 + the number of players strictly ahead", () => {
    const ahead = (a: { total: number; exact: number }, b: { total: number; exact: number }) =>
      a.total > b.total || (a.total === b.total && a.exact > b.exact);
    fc.assert(
      fc.property(eventArb, (input) => {
        const board = scoreEvent(input).leaderboard;
        for (const row of board) expect(row.rank).toBe(1 + board.filter((other) => ahead(other, row)).length);
        board.forEach((row, i) => i > 0 && expect(row.rank).toBeGreaterThanOrEqual(board[i - 1]!.rank));
        const scores = scorePlayers(input);
        for (const stage of input.stages) {
          const rows = rankStage(scores, stage.id);
          expect(rows).toHaveLength(stage.results === null ? 0 : input.players.length);
          for (const row of rows) expect(row.rank).toBe(1 + rows.filter((other) => ahead(other, row)).length);
        }
      }),
    );
  });

  describe("chips", () => {
    /** The same event with one chip taken back from every player who played it. */
    const withoutChip = (input: ScoringInput, chip: string): ScoringInput => ({
      ...input,
      players: input.players.map((p) => ({
        ...p,
        rosters: p.rosters.map((entry) => (entry.chip === chip ? { ...entry, chip: undefined } : entry)),
      })),
    });
    const stagesOf = (input: ScoringInput) => new Map(scorePlayers(input).map((score) => [score.player, score.stages]));
    const chipStage = (input: ScoringInput, player: string, chip: string) =>
      input.players.find((p) => p.id === player)?.rosters.find((entry) => entry.chip === chip)?.stage;

    it("the Joker multiplies its own stage's roster points by jokerMultiplier and touches nothing else", () => {
      fc.assert(
        fc.property(eventArb, (input) => {
          const multiplier = input.rules?.jokerMultiplier ?? 2;
          const [withIt, without] = [stagesOf(input), stagesOf(withoutChip(input, "JOKER"))];
          for (const [player, stages] of withIt) {
            const jokerStage = chipStage(input, player, "JOKER");
            stages.forEach((stage, i) => {
              const plain = without.get(player)![i]!;
              if (stage.stage === jokerStage) expect(stage.roster).toBe(plain.roster * multiplier);
              else expect(stage).toEqual(plain);
            });
          }
        }),
      );
    });

    it("the Shield never lowers its stage's roster points and touches nothing else", () => {
      fc.assert(
        fc.property(eventArb, (input) => {
          const [withIt, without] = [stagesOf(input), stagesOf(withoutChip(input, "SHIELD"))];
          for (const [player, stages] of withIt) {
            const shieldStage = chipStage(input, player, "SHIELD");
            stages.forEach((stage, i) => {
              const plain = without.get(player)![i]!;
              if (stage.stage === shieldStage) expect(stage.roster).toBeGreaterThanOrEqual(plain.roster);
              else expect(stage).toEqual(plain);
            });
          }
        }),
      );
    });

    it("the Wildcard makes its stage's transfers free and never raises a later penalty", () => {
      fc.assert(
        fc.property(eventArb, (input) => {
          const [withIt, without] = [stagesOf(input), stagesOf(withoutChip(input, "WILDCARD"))];
          for (const [player, stages] of withIt) {
            const wildcardStage = chipStage(input, player, "WILDCARD");
            stages.forEach((stage, i) => {
              const plain = without.get(player)![i]!;
              expect(stage.roster).toBe(plain.roster);
              if (stage.stage === wildcardStage) expect(stage.penalty).toBe(0);
              else expect(stage.penalty).toBeLessThanOrEqual(plain.penalty);
            });
          }
        }),
      );
    });
  });
});
