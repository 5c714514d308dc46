import "server-only";
import type { StandingsListener } from "./standings-listener";

/** Comments keep proxies and browsers from closing an idle stream. */
const HEARTBEAT_MS = 20_000;
/** How long a browser waits before reconnecting after the stream drops. */
const RETRY_MS = 3_000;

const encoder = new TextEncoder();

/**
 * A text/event-stream response that sends `event: standings` each time the event's results change
 * (on any app instance: the listener hears PostgreSQL), and once after a lost database connection
 * comes back, since changes may have been missed meanwhile. It holds no database connection.
 */
export function openStandingsStream(
  listener: Pick<StandingsListener, "subscribe">,
  eventId: number,
  signal: AbortSignal,
  onClose: () => void = () => {},
): Response {
  let cleanup = () => {};
  const stream = new ReadableStream<Uint8Array>({
    start(controller) {
      const send = (text: string) => {
        try {
          controller.enqueue(encoder.encode(text));
        } catch {
          cleanup();
        }
      };
      send(`retry: ${RETRY_MS}\n: connected\n\n`);
      const unsubscribe = listener.subscribe((change) => {
        if (change.eventId === eventId || change.eventId === "any") send(`event: standings\ndata: ${JSON.stringify({ eventId })}\n\n`);
      });
      const heartbeat = setInterval(() => send(": ping\n\n"), HEARTBEAT_MS);
      cleanup = () => {
        clearInterval(heartbeat);
        unsubscribe();
        onClose();
        try {
          controller.close();
        } catch {
          // already closed
        }
      };
      signal.addEventListener("abort", () => cleanup(), { once: true });
      if (signal.aborted) cleanup();
    },
    cancel() {
      cleanup();
    },
  });
  return new Response(stream, {
    headers: {
      "Content-Type": "text/event-stream; charset=utf-8",
      // no-transform keeps the compression middleware from buffering the stream.
      "Cache-Control": "no-cache, no-transform",
      "X-Accel-Buffering": "no",
    },
  });
}
