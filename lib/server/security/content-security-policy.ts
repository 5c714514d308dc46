// Pure, and without "server-only": proxy.ts imports it, and it runs outside React's server graph.

/** Base64 of 16 random bytes: the only characters a nonce may carry into the header. */
const NONCE_PATTERN = /^[A-Za-z0-9+/]{16,}={0,2}$/;

/** A fresh, unguessable nonce for one request. */
export function createNonce(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return btoa(String.fromCharCode(...bytes));
}

export type ContentSecurityPolicyOptions = {
  nonce: string;
  /** `next dev`: React rebuilds server error stacks in the browser with eval. */
  isDevelopment: boolean;
};

/**
 * The page policy. Scripts run only from this origin with the request's nonce; 'strict-dynamic'
 * lets those scripts load Next's chunks, and makes browsers ignore 'self' and inline scripts.
 * Styles allow 'unsafe-inline': React renders `style` attributes (the budget bar's width) and Next
 * inlines style tags, and a nonce cannot cover attributes; styles cannot run code.
 */
export function buildContentSecurityPolicy({ nonce, isDevelopment }: ContentSecurityPolicyOptions): string {
  if (!NONCE_PATTERN.test(nonce)) throw new Error("buildContentSecurityPolicy: the nonce must be base64 of at least 12 bytes");
  const directives: [string, ...string[]][] = [
    ["default-src", "'self'"],
    ["script-src", "'self'", `'nonce-${nonce}'`, "'strict-dynamic'", ...(isDevelopment ? ["'unsafe-eval'"] : [])],
    ["style-src", "'self'", "'unsafe-inline'"],
    ["img-src", "'self'", "data:"],
    ["font-src", "'self'"],
    ["connect-src", "'self'"],
    // Service workers fall back to script-src, where 'strict-dynamic' ignores 'self': without this,
    // registering /sw.js (web push) is refused.
    ["worker-src", "'self'"],
    ["object-src", "'none'"],
    ["base-uri", "'self'"],
    ["form-action", "'self'"],
    ["frame-ancestors", "'none'"],
  ];
  return directives.map((directive) => directive.join(" ")).join("; ");
}
