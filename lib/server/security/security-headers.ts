// Pure, and without "server-only": next.config.ts imports it, outside React's server graph.

/**
 * Browser features the game never uses, turned off for the page and anything it embeds. Only names
 * Chromium recognises: it logs an error for any other (the end-to-end suite fails on one).
 */
export const DISABLED_FEATURES = [
  "accelerometer",
  "autoplay",
  "browsing-topics",
  "camera",
  "display-capture",
  "geolocation",
  "gyroscope",
  "hid",
  "magnetometer",
  "microphone",
  "midi",
  "payment",
  "publickey-credentials-get",
  "screen-wake-lock",
  "serial",
  "usb",
  "xr-spatial-tracking",
] as const;

// Two years, the preload list's minimum; browsers ignore the header on plain HTTP.
const HSTS = "max-age=63072000; includeSubDomains";

export type SecurityHeader = { key: string; value: string };

/**
 * Headers for every response, pages and API alike (the Content-Security-Policy is per request and
 * set by proxy.ts). Strict-Transport-Security only in production: a dev server over HTTPS
 * (`next dev --experimental-https`) would otherwise pin localhost to HTTPS for two years.
 */
export function buildSecurityHeaders({ isProduction }: { isProduction: boolean }): SecurityHeader[] {
  return [
    { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
    { key: "Permissions-Policy", value: DISABLED_FEATURES.map((feature) => `${feature}=()`).join(", ") },
    { key: "X-Content-Type-Options", value: "nosniff" },
    ...(isProduction ? [{ key: "Strict-Transport-Security", value: HSTS }] : []),
  ];
}

/**
 * The service worker script (/sw.js, outside proxy.ts): a policy of its own, since a worker runs
 * under the policy of the response that delivered it, and no HTTP caching, so a new version
 * reaches browsers at their next visit.
 */
export const SERVICE_WORKER_HEADERS: SecurityHeader[] = [
  { key: "Content-Security-Policy", value: "default-src 'self'; script-src 'self'; object-src 'none'; base-uri 'none'" },
  { key: "Cache-Control", value: "no-cache" },
  { key: "Content-Type", value: "text/javascript; charset=utf-8" },
];
