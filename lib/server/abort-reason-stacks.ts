import "server-only";

const holder = globalThis as unknown as { duneDraftAbortReasonStacks?: true };

/**
 * React's server renderer ends every render with `cacheController.abort(new Error(...))`, made in a
 * setImmediate callback. V8 keeps an error's stack unformatted until `.stack` is read, and that
 * holds every frame's receiver: here the Immediate, whose queue links (Node leaves them on immediates
 * that have run) lead to the next render's Immediate, and so on. Under steady load one render's
 * error held every render after it, and the server ran out of memory (measured: /sign-in at 50
 * connections exhausted a 256 MB heap in 15 s). Formatting the reason's stack on abort turns it into
 * a string and lets the frames go; an abort is rare enough that the formatting costs nothing.
 */
export function formatAbortReasonStacks(): void {
  if (holder.duneDraftAbortReasonStacks) return;
  holder.duneDraftAbortReasonStacks = true;
  const abort = AbortController.prototype.abort;
  AbortController.prototype.abort = function (this: AbortController, reason?: unknown) {
    if (reason instanceof Error) void reason.stack;
    return abort.call(this, reason);
  };
}
