import { expect, test } from "@playwright/test";
import { clearRateLimits } from "./helpers/database";

// The production server (scripts/serve.mjs) takes the client's address from the TCP connection:
// a client that rotates X-Forwarded-For is still one address to the per-address password limit.
test("a rotated X-Forwarded-For does not lift the per-address password limit", async ({ request }) => {
  const { csrfToken } = (await (await request.get("/api/auth/csrf")).json()) as { csrfToken: string };
  const guess = async (attempt: number) => {
    const response = await request.post("/api/auth/callback/credentials", {
      form: { email: `nobody-${attempt}-${Date.now()}@example.test`, password: "whatever-password", csrfToken, callbackUrl: "/" },
      headers: { "X-Forwarded-For": `10.${attempt}.0.1`, "X-Real-IP": `10.${attempt}.0.2` },
      maxRedirects: 0,
    });
    expect(response.status()).toBe(302);
    return new URL(response.headers().location!, "http://x").searchParams.get("code");
  };
  // Earlier specs' wrong passwords from this machine count too: start from zero.
  await clearRateLimits("password-ip:");
  try {
    for (let attempt = 1; attempt <= 30; attempt += 1) expect(await guess(attempt)).toBe("credentials");
    expect(await guess(31)).toBe("rate_limited");
  } finally {
    // Every spec signs in from this machine's address: give it its attempts back.
    await clearRateLimits("password-ip:");
  }
});
