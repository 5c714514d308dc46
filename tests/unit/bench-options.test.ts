import { describe, expect, it } from "vitest";
import { readBenchOptions } from "@/scripts/bench/options";

describe("bench options", () => {
  it("keeps a real run's rush at 10,000 saves and port 3200 unless told otherwise", () => {
    const read = readBenchOptions(["--players", "2000"]);
    expect(read).toMatchObject({ ok: true, options: { rushSaves: 10_000, rushOnly: false, port: 3200 } });
  });

  it("takes a lighter rush, the rush alone and another port", () => {
    const read = readBenchOptions(["--players", "2000", "--rush-saves", "2000", "--rush-only", "--port", "3203"]);
    expect(read).toMatchObject({ ok: true, options: { rushSaves: 2_000, rushOnly: true, port: 3203 } });
  });

  it("takes the notifications alone", () => {
    expect(readBenchOptions(["--players", "10000"])).toMatchObject({ ok: true, options: { notificationsOnly: false } });
    expect(readBenchOptions(["--players", "10000", "--notifications-only"])).toMatchObject({
      ok: true,
      options: { notificationsOnly: true },
    });
  });

  it("names the option at fault", () => {
    expect(readBenchOptions(["--players", "2000", "--rush-saves", "2500"])).toEqual({
      ok: false,
      message: "--rush-saves must be a multiple of 1,000 (each of the 1,000 players saves as often)",
    });
    expect(readBenchOptions(["--players", "2000", "--port", "80"])).toEqual({ ok: false, message: "--port must be at least 1024" });
  });
});
