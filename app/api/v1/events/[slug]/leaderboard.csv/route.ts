// GET /api/v1/events/[slug]/leaderboard.csv - the whole overall (or ?stage=N) leaderboard as a CSV download
import { getLeaderboardCsv } from "@/lib/server/api/leaderboard-csv";
import { parseInput } from "@/lib/server/api/parse-input";
import { csvResponse, serveApi } from "@/lib/server/api/respond";
import { readPublic } from "@/lib/server/db-read";
import { csvQuerySchema, eventParamsSchema, queryOf } from "@/lib/validation/api";

type Context = { params: Promise<{ slug: string }> };

export function GET(request: Request, { params }: Context) {
  return serveApi(async () => {
    const { slug } = parseInput(eventParamsSchema, await params);
    const { stage } = parseInput(csvQuerySchema, queryOf(request));
    const { filename, csv } = await readPublic((reader) => getLeaderboardCsv(reader, slug, stage));
    return csvResponse(request, csv, filename, "public");
  });
}
