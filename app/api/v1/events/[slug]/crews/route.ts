// GET /api/v1/events/[slug]/crews - the event's Stock field: crews, teams, vehicles and prices
import { toCrewList } from "@/lib/server/api/event-json";
import { parseInput } from "@/lib/server/api/parse-input";
import { eventNotFound, jsonResponse, serveApi } from "@/lib/server/api/respond";
import { readPublic } from "@/lib/server/db-read";
import { getEventPage } from "@/lib/server/events/get-event-page";
import { eventParamsSchema } from "@/lib/validation/api";

type Context = { params: Promise<{ slug: string }> };

export function GET(request: Request, { params }: Context) {
  return serveApi(async () => {
    const { slug } = parseInput(eventParamsSchema, await params);
    const page = await readPublic((reader) => getEventPage(reader, slug));
    if (!page) throw eventNotFound(slug);
    return jsonResponse(request, toCrewList(page), "public");
  });
}
