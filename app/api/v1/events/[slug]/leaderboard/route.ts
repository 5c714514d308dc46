// GET /api/v1/events/[slug]/leaderboard - one page of the event's overall standings
import { getOverallLeaderboardJson } from "@/lib/server/api/leaderboard-json";
import { parseInput } from "@/lib/server/api/parse-input";
import { jsonResponse, serveApi } from "@/lib/server/api/respond";
import { readPublic } from "@/lib/server/db-read";
import { eventParamsSchema, pageQuerySchema, queryOf } from "@/lib/validation/api";

type Context = { params: Promise<{ slug: string }> };

export function GET(request: Request, { params }: Context) {
  return serveApi(async () => {
    const { slug } = parseInput(eventParamsSchema, await params);
    const { page } = parseInput(pageQuerySchema, queryOf(request));
    return jsonResponse(request, await readPublic((reader) => getOverallLeaderboardJson(reader, slug, page)), "public");
  });
}
