import type { NextConfig } from "next";
import { PHASE_DEVELOPMENT_SERVER } from "next/constants";
import createNextIntlPlugin from "next-intl/plugin";
import { buildSecurityHeaders, SERVICE_WORKER_HEADERS } from "./lib/server/security/security-headers";

// next-intl without locale-prefixed URLs: the request's language comes from lib/i18n/request.ts.
const withNextIntl = createNextIntlPlugin("./lib/i18n/request.ts");

export default function nextConfig(phase: string): NextConfig {
  return withNextIntl({
    // No "X-Powered-By: Next.js": it tells an attacker which advisories to try.
    poweredByHeader: false,
    // pg, the queue, the mailer and the PGlite packages are Node-only; keep them out of the server bundle.
    serverExternalPackages: ["pg", "pg-boss", "nodemailer", "@electric-sql/pglite", "@electric-sql/pglite-socket", "@node-rs/argon2"],
    // forbidden() answers a signed-in player who opens an admin page with a real 403.
    experimental: { authInterrupts: true },
    // Every response, API routes included; pages also get their per-request CSP from proxy.ts.
    async headers() {
      return [
        { source: "/:path*", headers: buildSecurityHeaders({ isProduction: phase !== PHASE_DEVELOPMENT_SERVER }) },
        { source: "/sw.js", headers: SERVICE_WORKER_HEADERS },
      ];
    },
  });
}
