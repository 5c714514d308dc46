import { describe, expect, it } from "vitest";
import { DEFAULT_RULES } from "@/lib/game/rules";
import { countTransferHistory, countTransfers } from "@/lib/game/transfers";

const rules = DEFAULT_RULES;
const step = (previous: string[] | null, next: string[], bank: number, retired: string[] = []) =>
  countTransfers({ previous, next, bank, retired, rules });

describe("countTransfers", () => {
  it("counts nothing for the first locked roster and starts an empty bank", () => {
    expect(step(null, ["a", "b", "c"], 0)).toEqual({ transfers: 0, available: 0, penalty: 0, bankAfter: 0 });
  });

  it("banks an unused free transfer", () => {
    expect(step(["a", "b", "c"], ["a", "b", "c"], 0)).toEqual({ transfers: 0, available: 1, penalty: 0, bankAfter: 1 });
    expect(step(["a", "b", "c"], ["c", "a", "b"], 1)).toEqual({ transfers: 0, available: 2, penalty: 0, bankAfter: 2 });
  });

  it("never offers more than maxBankedTransfers", () => {
    expect(step(["a", "b", "c"], ["a", "b", "c"], 2)).toEqual({ transfers: 0, available: 2, penalty: 0, bankAfter: 2 });
    expect(step(["a", "b", "c"], ["x", "y", "z"], 2)).toEqual({ transfers: 3, available: 2, penalty: 10, bankAfter: 0 });
  });

  it("uses a free transfer, then charges transferPenalty for each one beyond", () => {
    expect(step(["a", "b", "c"], ["a", "b", "x"], 0)).toEqual({ transfers: 1, available: 1, penalty: 0, bankAfter: 0 });
    expect(step(["a", "b", "c"], ["a", "x", "y"], 0)).toEqual({ transfers: 2, available: 1, penalty: 10, bankAfter: 0 });
    expect(step(["a", "b", "c"], ["x", "y", "z"], 0)).toEqual({ transfers: 3, available: 1, penalty: 20, bankAfter: 0 });
  });

  it("counts only incoming crews: dropping one without a replacement is not a transfer", () => {
    expect(step(["a", "b", "c"], ["a", "b"], 0)).toEqual({ transfers: 0, available: 1, penalty: 0, bankAfter: 1 });
  });

  it("lets a retired crew be swapped out free of charge", () => {
    expect(step(["a", "b", "c"], ["a", "b", "x"], 0, ["c"])).toEqual({ transfers: 0, available: 1, penalty: 0, bankAfter: 1 });
  });

  it("frees one incoming crew per retired crew dropped, no more", () => {
    // c retired and leaves (free), b leaves too: one of the two newcomers counts.
    expect(step(["a", "b", "c"], ["a", "x", "y"], 0, ["c"])).toEqual({ transfers: 1, available: 1, penalty: 0, bankAfter: 0 });
    expect(step(["a", "b", "c"], ["a", "x", "y"], 0, ["b", "c"])).toEqual({ transfers: 0, available: 1, penalty: 0, bankAfter: 1 });
  });

  it("frees nothing for a retired crew the player keeps, or for one not in the previous roster", () => {
    expect(step(["a", "b", "c"], ["a", "c", "x"], 0, ["c"])).toEqual({ transfers: 1, available: 1, penalty: 0, bankAfter: 0 });
    expect(step(["a", "b", "c"], ["a", "x", "y"], 0, ["z"])).toEqual({ transfers: 2, available: 1, penalty: 10, bankAfter: 0 });
  });

  it("reads the other rules", () => {
    const house = { freeTransfersPerStage: 2, maxBankedTransfers: 3, transferPenalty: 7 };
    expect(countTransfers({ previous: ["a", "b", "c"], next: ["x", "y", "z"], bank: 0, retired: [], rules: house })).toEqual({
      transfers: 3,
      available: 2,
      penalty: 7,
      bankAfter: 0,
    });
  });
});

describe("countTransferHistory", () => {
  it("walks entries in order, carrying the bank", () => {
    const roster = (crews: string[], retired: string[] = []) => ({ crews, retired });
    const steps = countTransferHistory(
      [
        roster(["a", "b", "c"]), // first: free
        roster(["a", "b", "c"]), // bank 1
        roster(["a", "b", "c"]), // bank 2
        roster(["a", "b", "c"]), // still 2
        roster(["x", "y", "c"]), // 2 used
        roster(["x", "y", "z"], ["c"]), // c retired: free
        roster(["p", "q", "r"]), // 3 needed, 2 available
      ],
      rules,
    );
    expect(steps.map((s) => s.bankAfter)).toEqual([0, 1, 2, 2, 0, 1, 0]);
    expect(steps.map((s) => s.transfers)).toEqual([0, 0, 0, 0, 2, 0, 3]);
    expect(steps.map((s) => s.penalty)).toEqual([0, 0, 0, 0, 0, 0, 10]);
    expect(steps[0]).toEqual({ transfers: 0, available: 0, penalty: 0, bankAfter: 0 });
  });

  it("is empty without entries", () => {
    expect(countTransferHistory([], rules)).toEqual([]);
  });
});
