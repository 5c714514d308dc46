// GET /api/v1/events/[slug]/results - every published stage's results and the published final classification
import { parseInput } from "@/lib/server/api/parse-input";
import { jsonResponse, serveApi } from "@/lib/server/api/respond";
import { getEventResultsJson } from "@/lib/server/api/results-json";
import { readPublic } from "@/lib/server/db-read";
import { eventParamsSchema } from "@/lib/validation/api";

type Context = { params: Promise<{ slug: string }> };

export function GET(request: Request, { params }: Context) {
  return serveApi(async () => {
    const { slug } = parseInput(eventParamsSchema, await params);
    return jsonResponse(request, await readPublic((reader) => getEventResultsJson(reader, slug)), "public");
  });
}
