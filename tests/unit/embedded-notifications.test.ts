import { describe, expect, it } from "vitest";
import { NotificationRouter, StreamFilter } from "@/scripts/embedded-notifications";

function message(type: string, body: Buffer): Buffer {
  const header = Buffer.alloc(5);
  header.write(type, 0, "latin1");
  header.writeInt32BE(body.length + 4, 1);
  return Buffer.concat([header, body]);
}
const notification = (channel: string, payload: string) =>
  message("A", Buffer.concat([Buffer.from([0, 0, 0, 7]), Buffer.from(`${channel}\0${payload}\0`)]));
const dataRow = (text: string) => message("D", Buffer.from(text));
const ready = message("Z", Buffer.from("I"));

function runThrough(chunks: Buffer[]) {
  const passed: Buffer[] = [];
  const filter = new StreamFilter((data) => passed.push(Buffer.from(data)));
  for (const chunk of chunks) filter.push(chunk);
  return { passed: Buffer.concat(passed), notifications: filter.notifications.map((n) => Buffer.from(n)) };
}

describe("embedded server notifications", () => {
  const stream = Buffer.concat([dataRow("one"), notification("standings_changed", "7"), dataRow("two"), notification("x", ""), ready]);
  const expectedPass = Buffer.concat([dataRow("one"), dataRow("two"), ready]);

  it("takes notifications out of a stream split at every possible point", () => {
    for (let cut = 0; cut <= stream.length; cut++) {
      for (let second = cut; second <= stream.length; second += 3) {
        const result = runThrough([stream.subarray(0, cut), stream.subarray(cut, second), stream.subarray(second)]);
        expect(result.passed.equals(expectedPass), `cuts at ${cut}, ${second}`).toBe(true);
        expect(result.notifications).toEqual([notification("standings_changed", "7"), notification("x", "")]);
      }
    }
  });

  it("delivers a notification only to clients listening on its channel", () => {
    const router = new NotificationRouter();
    const received = { listener: 0, other: 0, unlistened: 0 };
    const query = (sql: string) => message("Q", Buffer.from(`${sql}\0`));
    router.observeClientMessage(1, query("LISTEN standings_changed"), () => received.listener++);
    router.observeClientMessage(2, query('LISTEN "other_channel"'), () => received.other++);
    router.observeClientMessage(3, query("LISTEN standings_changed; UNLISTEN standings_changed"), () => received.unlistened++);
    router.deliver([notification("standings_changed", "7")]);
    router.forget(1);
    router.deliver([notification("standings_changed", "8")]);
    expect(received).toEqual({ listener: 1, other: 0, unlistened: 0 });
  });
});
