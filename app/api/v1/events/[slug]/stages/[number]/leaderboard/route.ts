// GET /api/v1/events/[slug]/stages/[number]/leaderboard - one page of a published stage's leaderboard
import { getStageLeaderboardJson } from "@/lib/server/api/leaderboard-json";
import { parseInput } from "@/lib/server/api/parse-input";
import { jsonResponse, serveApi } from "@/lib/server/api/respond";
import { readPublic } from "@/lib/server/db-read";
import { pageQuerySchema, queryOf, stageParamsSchema } from "@/lib/validation/api";

type Context = { params: Promise<{ slug: string; number: string }> };

export function GET(request: Request, { params }: Context) {
  return serveApi(async () => {
    const { slug, number } = parseInput(stageParamsSchema, await params);
    const { page } = parseInput(pageQuerySchema, queryOf(request));
    return jsonResponse(request, await readPublic((reader) => getStageLeaderboardJson(reader, slug, number, page)), "public");
  });
}
