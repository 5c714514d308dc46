import { NextRequest } from "next/server";
import { describe, expect, it, vi } from "vitest";
import { GET, POST } from "@/app/api/auth/[...nextauth]/route";

// Auth.js's route handlers run for real here, so they need their secret.
vi.hoisted(() => {
  process.env.AUTH_SECRET ??= "auth-callback-url-test-secret-0123456789";
});

const session = (query = "", cookie?: string) =>
  new NextRequest(`http://localhost/api/auth/session${query}`, { headers: cookie ? { cookie } : {} });

describe("Auth.js callback URLs", () => {
  it("refuses a callbackUrl that is neither a path nor an http(s) address with a 400 naming it", async () => {
    for (const bad of ["javascript:alert(1)", "x".repeat(5000), "not a url", "//", "ftp://example.test/"]) {
      for (const handler of [GET, POST]) {
        const response = await handler(
          new NextRequest(`http://localhost/api/auth/session?callbackUrl=${encodeURIComponent(bad)}`, {
            method: handler === GET ? "GET" : "POST",
          }),
        );
        expect(response.status, bad.slice(0, 40)).toBe(400);
        const { error } = (await response.json()) as { error: { fields: Record<string, string[]> } };
        expect(Object.keys(error.fields)).toEqual(["callbackUrl"]);
      }
    }
  });

  it("checks every repeated callbackUrl: Auth.js reads the last", async () => {
    const response = await GET(session(`?callbackUrl=%2F&callbackUrl=${encodeURIComponent("javascript:alert(1)")}`));
    expect(response.status).toBe(400);
  });

  it("lets a path or an address on this site through", async () => {
    for (const good of ["/play/dakar-2027", "http://localhost/leagues"]) {
      const response = await GET(session(`?callbackUrl=${encodeURIComponent(good)}`));
      expect(response.status, good).toBe(200);
    }
  });

  it("ignores a stale callback-URL cookie Auth.js would refuse, so nobody is locked out of signing in", async () => {
    const response = await GET(session("", `authjs.callback-url=${encodeURIComponent("x".repeat(300))}; other=1`));
    expect(response.status).toBe(200);
    const kept = await GET(session("", `authjs.callback-url=${encodeURIComponent("/leagues")}`));
    expect(kept.status).toBe(200);
    // Spaces around the name and a quoted value, as Auth.js's cookie parser accepts them.
    for (const cookie of [`authjs.callback-url =javascript:x`, `authjs.callback-url="not a url"`, `authjs.callback-url=%E0%A4%A`]) {
      expect((await GET(session("", cookie))).status, cookie).toBe(200);
    }
  });
});
