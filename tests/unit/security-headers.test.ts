import { describe, expect, it } from "vitest";
import { buildContentSecurityPolicy, createNonce } from "@/lib/server/security/content-security-policy";
import { buildSecurityHeaders } from "@/lib/server/security/security-headers";

/** The policy as directive name → its values. */
function parsePolicy(policy: string): Map<string, string[]> {
  return new Map(
    policy.split("; ").map((directive) => {
      const [name, ...values] = directive.split(" ");
      return [name!, values];
    }),
  );
}

describe("content security policy", () => {
  const nonce = createNonce();

  it("allows scripts only with the request's nonce, and the rest only from this origin", () => {
    const policy = parsePolicy(buildContentSecurityPolicy({ nonce, isDevelopment: false }));
    expect(Object.fromEntries(policy)).toEqual({
      "default-src": ["'self'"],
      "script-src": ["'self'", `'nonce-${nonce}'`, "'strict-dynamic'"],
      "style-src": ["'self'", "'unsafe-inline'"],
      "img-src": ["'self'", "data:"],
      "font-src": ["'self'"],
      "connect-src": ["'self'"],
      "worker-src": ["'self'"],
      "object-src": ["'none'"],
      "base-uri": ["'self'"],
      "form-action": ["'self'"],
      "frame-ancestors": ["'none'"],
    });
    expect(policy.get("script-src")).not.toContain("'unsafe-inline'");
  });

  it("adds 'unsafe-eval' to scripts in development only", () => {
    const development = parsePolicy(buildContentSecurityPolicy({ nonce, isDevelopment: true }));
    expect(development.get("script-src")).toEqual(["'self'", `'nonce-${nonce}'`, "'strict-dynamic'", "'unsafe-eval'"]);
    expect(buildContentSecurityPolicy({ nonce, isDevelopment: false })).not.toContain("unsafe-eval");
  });

  it("refuses a nonce that could break out of the header", () => {
    for (const bad of ["", "short", `${nonce}'; script-src *`, `${nonce} 'unsafe-inline'`, `${nonce}\r\nSet-Cookie: a=b`]) {
      expect(() => buildContentSecurityPolicy({ nonce: bad, isDevelopment: false }), JSON.stringify(bad)).toThrow(/nonce must be base64/);
    }
  });

  it("makes a fresh base64 nonce of 16 random bytes for every request", () => {
    const nonces = Array.from({ length: 200 }, () => createNonce());
    expect(new Set(nonces).size).toBe(nonces.length);
    for (const value of nonces) {
      expect(value).toMatch(/^[A-Za-z0-9+/]{22}==$/);
      expect(Buffer.from(value, "base64")).toHaveLength(16);
    }
  });
});

describe("security headers", () => {
  it("sends referrer, permissions and sniffing rules everywhere, HSTS in production only", () => {
    const production = new Map(buildSecurityHeaders({ isProduction: true }).map((header) => [header.key, header.value]));
    expect(production.get("Referrer-Policy")).toBe("strict-origin-when-cross-origin");
    expect(production.get("X-Content-Type-Options")).toBe("nosniff");
    expect(production.get("Strict-Transport-Security")).toMatch(/^max-age=\d{8}; includeSubDomains$/);
    const features = production.get("Permissions-Policy")!.split(", ");
    for (const feature of ["camera", "microphone", "geolocation", "payment", "usb"]) expect(features).toContain(`${feature}=()`);
    expect(features.every((feature) => /^[a-z-]+=\(\)$/.test(feature))).toBe(true);

    const development = buildSecurityHeaders({ isProduction: false }).map((header) => header.key);
    expect(development).toEqual(["Referrer-Policy", "Permissions-Policy", "X-Content-Type-Options"]);
  });
});
