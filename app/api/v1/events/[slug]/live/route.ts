// GET /api/v1/events/[slug]/live - server-sent events: "standings" whenever the event's results change
import { eventSlugSchema } from "@/lib/validation/params";
import { readEventIdBySlug } from "@/lib/server/leaderboards/cached-boards";
import { getStandingsListener } from "@/lib/server/live/standings-listener";
import { openStandingsStream } from "@/lib/server/live/standings-stream";

export const dynamic = "force-dynamic";

type Context = { params: Promise<{ slug: string }> };

export async function GET(request: Request, { params }: Context): Promise<Response> {
  const slug = eventSlugSchema.safeParse((await params).slug);
  const eventId = slug.success ? await readEventIdBySlug(slug.data) : null;
  if (eventId === null) {
    return Response.json({ error: { code: "NOT_FOUND", message: "No event with that slug." } }, { status: 404 });
  }
  return openStandingsStream(getStandingsListener(), eventId, request.signal);
}
