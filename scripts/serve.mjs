// The production HTTP server: Next.js's request handler behind Node's own http server, started by
// `npm start` (scripts/start.ts) in place of `next start`, for one reason: the app needs the TCP
// peer's address to rate-limit by client, and `next start` only fills in X-Forwarded-For when the
// client did not send one, so a client could name any address it liked. This server writes the
// socket's address into a header of its own on every request, overwriting whatever came in, and
// tells the app its name (lib/server/auth/client-ip.ts peels TRUSTED_PROXY_HOPS proxies from there).
//
//   node scripts/serve.mjs --port 3000 [--hostname 0.0.0.0]
import { createServer } from "node:http";
import path from "node:path";
import { parseArgs } from "node:util";

const REMOTE_ADDRESS_HEADER = "x-dune-remote-address";
const ROOT = path.resolve(import.meta.dirname, "..");

const { values } = parseArgs({ options: { port: { type: "string", default: "3000" }, hostname: { type: "string" } } });
const port = Number(values.port);

// Set before Next loads: the app reads both through lib/env.ts.
process.env.NODE_ENV = "production";
process.env.REMOTE_ADDRESS_HEADER = REMOTE_ADDRESS_HEADER;

const { default: next } = await import("next");
const app = next({ dev: false, dir: ROOT, port, hostname: values.hostname ?? "localhost" });
const handle = app.getRequestHandler();
await app.prepare();

const server = createServer((request, response) => {
  request.headers[REMOTE_ADDRESS_HEADER] = request.socket.remoteAddress ?? "";
  void handle(request, response);
});
// As `next start` does: longer than a load balancer's idle timeout, so it never reuses a closed socket.
server.keepAliveTimeout = 65_000;

let isStopping = false;
function stop() {
  if (isStopping) return;
  isStopping = true;
  server.close(() => process.exit(0));
  server.closeIdleConnections();
  // Live streams (server-sent events) never end on their own.
  setTimeout(() => process.exit(0), 5_000).unref();
}
process.on("SIGTERM", stop);
process.on("SIGINT", stop);

server.listen(port, values.hostname, () => console.log(`Serving on port ${port}`));
