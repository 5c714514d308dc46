import "server-only";

/**
 * Whether a state-changing request comes from one of our own pages: its Origin names the host it was
 * sent to, as Next checks for server actions. Another site's form or script carries its own Origin
 * (and could not add the forwarding header without a CORS preflight that we never grant), so a
 * route handler that changes something refuses it before reading the session cookie.
 */
export function isSameOriginRequest(request: Request): boolean {
  const origin = request.headers.get("origin");
  const host = request.headers.get("x-forwarded-host") ?? request.headers.get("host");
  if (!origin || !host) return false;
  try {
    return new URL(origin).host === host.split(",")[0]!.trim();
  } catch {
    return false;
  }
}
