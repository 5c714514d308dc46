import { afterEach, describe, expect, it, vi } from "vitest";
import { createEvent } from "@/tests/factories";
import { GET } from "@/app/api/v1/events/[slug]/live/route";
import { MAX_STREAMS_PER_ADDRESS } from "@/lib/server/live/stream-slots";
import { testDb } from "./helpers/db";

vi.hoisted(() => {
  process.env.REMOTE_ADDRESS_HEADER = "x-test-remote-address";
});

const opened: AbortController[] = [];
afterEach(() => {
  for (const controller of opened.splice(0)) controller.abort();
});

function openStream(slug: string, address: string) {
  const controller = new AbortController();
  opened.push(controller);
  const request = new Request(`http://localhost/api/v1/events/${slug}/live`, {
    headers: { "x-test-remote-address": address },
    signal: controller.signal,
  });
  return { response: GET(request, { params: Promise.resolve({ slug }) }), close: () => controller.abort() };
}

describe("the live stream", () => {
  it("answers 404 for a draft event, as for one that does not exist", async () => {
    const db = testDb();
    const draft = await createEvent(db, { status: "DRAFT" });
    const response = await openStream(draft.slug, "192.0.2.50").response;
    expect(response.status).toBe(404);
    expect(await response.json()).toEqual({ error: { code: "NOT_FOUND", message: "No event with that slug." } });
  });

  it("caps the streams one address holds open, with a clear answer past the cap, and frees a slot on close", async () => {
    const db = testDb();
    const event = await createEvent(db);
    const streams = Array.from({ length: MAX_STREAMS_PER_ADDRESS }, () => openStream(event.slug, "192.0.2.60"));
    for (const stream of streams) expect((await stream.response).status).toBe(200);

    const refused = await openStream(event.slug, "192.0.2.60").response;
    expect(refused.status).toBe(429);
    expect(refused.headers.get("retry-after")).toBe("30");
    expect(((await refused.json()) as { error: { message: string } }).error.message).toMatch(
      /^Too many live connections from your address \(at most \d+\)/,
    );
    // Another address is not affected.
    expect((await openStream(event.slug, "192.0.2.61").response).status).toBe(200);

    streams[0]!.close();
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect((await openStream(event.slug, "192.0.2.60").response).status).toBe(200);
  });
});
