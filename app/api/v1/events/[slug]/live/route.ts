// GET /api/v1/events/[slug]/live - server-sent events: "standings" whenever the event's results change
import { eventSlugSchema } from "@/lib/validation/params";
import { readPublicEventIdBySlug } from "@/lib/server/leaderboards/cached-boards";
import { clientAddressFrom } from "@/lib/server/auth/client-ip";
import { getStandingsListener } from "@/lib/server/live/standings-listener";
import { openStandingsStream } from "@/lib/server/live/standings-stream";
import { MAX_STREAMS_PER_ADDRESS, takeStreamSlot } from "@/lib/server/live/stream-slots";

export const dynamic = "force-dynamic";

type Context = { params: Promise<{ slug: string }> };

export async function GET(request: Request, { params }: Context): Promise<Response> {
  const slug = eventSlugSchema.safeParse((await params).slug);
  const eventId = slug.success ? await readPublicEventIdBySlug(slug.data) : null;
  if (eventId === null) {
    return Response.json({ error: { code: "NOT_FOUND", message: "No event with that slug." } }, { status: 404 });
  }
  const release = takeStreamSlot(clientAddressFrom(request.headers));
  if (!release) {
    const message = `Too many live connections from your address (at most ${MAX_STREAMS_PER_ADDRESS}): close some of the game's tabs and reload.`;
    return Response.json(
      { error: { code: "RATE_LIMITED", message } },
      { status: 429, headers: { "Retry-After": "30", "Cache-Control": "no-store" } },
    );
  }
  return openStandingsStream(getStandingsListener(), eventId, request.signal, release);
}
