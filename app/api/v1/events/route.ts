// GET /api/v1/events - published events with their featured team and stage count
import { toEventList } from "@/lib/server/api/event-json";
import { jsonResponse, serveApi } from "@/lib/server/api/respond";
import { readPublic } from "@/lib/server/db-read";
import { listPublishedEvents } from "@/lib/server/events/list-published-events";

export function GET(request: Request) {
  return serveApi(async () => jsonResponse(request, toEventList(await readPublic((reader) => listPublishedEvents(reader))), "public"));
}
