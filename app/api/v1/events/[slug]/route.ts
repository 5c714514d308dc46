// GET /api/v1/events/[slug] - one published event with its stages and their podiums
import { toEventDetail } from "@/lib/server/api/event-json";
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
    return jsonResponse(request, toEventDetail(page), "public");
  });
}
