// GET /api/v1/leagues/[id]/leaderboard - one page of a league's board, for its signed-in members only
import { getLeagueLeaderboardJson } from "@/lib/server/api/league-json";
import { parseInput } from "@/lib/server/api/parse-input";
import { jsonResponse, serveApi } from "@/lib/server/api/respond";
import { requireUser } from "@/lib/server/auth/session";
import { db } from "@/lib/server/db";
import { leagueParamsSchema, pageQuerySchema, queryOf } from "@/lib/validation/api";

type Context = { params: Promise<{ id: string }> };

export function GET(request: Request, context: Context) {
  return serveApi(async () => {
    // The session first: a visitor learns nothing, not even whether the id is well formed.
    const viewer = await requireUser();
    const { id } = parseInput(leagueParamsSchema, await context.params);
    const { page } = parseInput(pageQuerySchema, queryOf(request));
    return jsonResponse(request, await getLeagueLeaderboardJson(db, id, page, viewer.id), "private");
  });
}
