import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import { describe, expect, it } from "vitest";
import { formatAbortReasonStacks } from "@/lib/server/abort-reason-stacks";

setFlagsFromString("--expose-gc");
const collectGarbage = runInNewContext("gc") as () => void;

/**
 * A controller aborted with an error made inside a method, as React ends each render: the method's
 * receiver (an Immediate, in the server) is a frame of the error's stack.
 */
function abortFromMethod() {
  const controller = new AbortController();
  const receiver = {
    payload: new Array(10_000).fill(1),
    finish() {
      controller.abort(new Error("render complete"));
    },
  };
  receiver.finish();
  return { controller, receiver: new WeakRef(receiver) };
}

describe("abort reasons", () => {
  it("do not keep the objects of their stack's frames alive once aborted", async () => {
    formatAbortReasonStacks();
    const { controller, receiver } = abortFromMethod();
    // A WeakRef holds its target until the current job ends.
    await new Promise((resolve) => setTimeout(resolve, 0));
    collectGarbage();
    expect(receiver.deref()).toBeUndefined();
    // The reason itself is intact, its stack a readable string.
    expect(controller.signal.reason).toBeInstanceOf(Error);
    expect(String((controller.signal.reason as Error).stack)).toContain("render complete");
  });
});
