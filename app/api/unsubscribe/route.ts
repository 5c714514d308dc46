// POST /api/unsubscribe?u=&t=&s= - one-click unsubscribe from an email's List-Unsubscribe-Post header (RFC 8058)
import { db } from "@/lib/server/db";
import { readUnsubscribeRequest } from "@/lib/server/notifications/unsubscribe-link";
import { unsubscribe } from "@/lib/server/users/email-requests";

export async function POST(request: Request): Promise<Response> {
  const query = Object.fromEntries(new URL(request.url).searchParams);
  const found = readUnsubscribeRequest(query);
  if (!found || !(await unsubscribe(db, found.userId, found.topic))) {
    return Response.json({ error: { code: "NOT_FOUND", message: "This unsubscribe link is not valid." } }, { status: 404 });
  }
  return new Response("Unsubscribed.\n", { headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" } });
}
