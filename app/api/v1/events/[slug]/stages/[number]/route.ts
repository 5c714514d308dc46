// GET /api/v1/events/[slug]/stages/[number] - one stage and its published results
import { parseInput } from "@/lib/server/api/parse-input";
import { jsonResponse, serveApi } from "@/lib/server/api/respond";
import { getStageJson } from "@/lib/server/api/results-json";
import { readPublic } from "@/lib/server/db-read";
import { stageParamsSchema } from "@/lib/validation/api";

type Context = { params: Promise<{ slug: string; number: string }> };

export function GET(request: Request, { params }: Context) {
  return serveApi(async () => {
    const { slug, number } = parseInput(stageParamsSchema, await params);
    return jsonResponse(request, await readPublic((reader) => getStageJson(reader, slug, number)), "public");
  });
}
