import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  // pg and the PGlite packages are Node-only; keep them out of the server bundle.
  serverExternalPackages: ["pg", "@electric-sql/pglite", "@electric-sql/pglite-socket", "@node-rs/argon2"],
  // forbidden() answers a signed-in player who opens an admin page with a real 403.
  experimental: { authInterrupts: true },
};

export default nextConfig;
