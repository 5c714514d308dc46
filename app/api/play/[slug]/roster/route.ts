// POST /api/play/<event>/roster - the roster builder's save (lib/server/picks/roster-save-endpoint.ts)
import { handleRosterSave } from "@/lib/server/picks/roster-save-endpoint";

export async function POST(request: Request, context: { params: Promise<{ slug: string }> }): Promise<Response> {
  return handleRosterSave(request, (await context.params).slug);
}
