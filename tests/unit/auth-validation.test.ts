import { describe, expect, it } from "vitest";
import type { z } from "zod";
import { translateEnglish, translateIssue } from "@/lib/i18n/translate";
import { callbackUrlSchema, displayNameSchema, signInSchema, signUpSchema } from "@/lib/validation/auth";
import { resolveClientAddress } from "@/lib/server/auth/client-ip";
import { passwordChangeSchema, accountDeletionSchema } from "@/lib/validation/account";

// Schemas carry message keys; the English text is what a reader of the default language sees.
const firstMessage = (result: { success: boolean; error?: { issues: z.core.$ZodIssue[] } }) => {
  const issue = result.error?.issues[0];
  return issue && translateIssue(issue, translateEnglish);
};

describe("sign-up validation", () => {
  const valid = { email: " Rider@Example.TEST ", displayName: "Dune Fox", password: "long-enough-pw" };

  it("accepts a good sign-up and normalises the email", () => {
    const parsed = signUpSchema.parse(valid);
    expect(parsed.email).toBe("rider@example.test");
  });

  it("names the field that is wrong", () => {
    const result = signUpSchema.safeParse({ ...valid, email: "not-an-email", password: "short" });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => issue.path[0]).sort()).toEqual(["email", "password"]);
  });

  it.each([
    ["ab", "at least 3"],
    ["x".repeat(25), "at most 24"],
    ["<script>", "Use letters"],
    ["  lead", undefined],
    ["two  spaces", "single spaces"],
    ["Admin", "reserved"],
    ["Deleted Player", "reserved"],
  ])("display name %j", (name, message) => {
    const result = displayNameSchema.safeParse(name);
    if (message === undefined) expect(result.success).toBe(true);
    else expect(firstMessage(result)).toContain(message);
  });

  it("accepts names in other scripts", () => {
    expect(displayNameSchema.parse("Baciuška fan")).toBe("Baciuška fan");
    expect(displayNameSchema.parse("ラリー好き")).toBe("ラリー好き");
  });

  it("rejects passwords under 10 characters or only spaces", () => {
    expect(signUpSchema.safeParse({ ...valid, password: "123456789" }).success).toBe(false);
    expect(signUpSchema.safeParse({ ...valid, password: " ".repeat(12) }).success).toBe(false);
  });
});

describe("sign-in validation", () => {
  it("requires both fields", () => {
    expect(signInSchema.safeParse({ email: "a@b.test", password: "" }).success).toBe(false);
    expect(signInSchema.safeParse({ email: null, password: "x" }).success).toBe(false);
  });
});

describe("callback URLs", () => {
  it.each([
    ["/play", "/play"],
    ["/events/dakar-2027?x=1", "/events/dakar-2027?x=1"],
    ["https://evil.test/", "/"],
    ["//evil.test", "/"],
    ["/\\evil.test", "/"],
    // Browsers drop tabs and newlines from a URL: these are //evil.test to them.
    ["/\t/evil.test", "/"],
    ["/\n/evil.test", "/"],
    ["/\r\n/evil.test", "/"],
    ["/%09/evil.test", "/%09/evil.test"],
    ["/leagues/join/ABC#x", "/leagues/join/ABC#x"],
    ["/a b", "/a%20b"],
    [42, "/"],
  ])("%j goes to %j", (input, expected) => {
    expect(callbackUrlSchema.parse(input)).toBe(expected);
  });
});

describe("account forms", () => {
  it("needs the two new passwords to match", () => {
    const result = passwordChangeSchema.safeParse({ newPassword: "new-password-1", confirmPassword: "new-password-2" });
    expect(result.error?.issues[0]?.path).toEqual(["confirmPassword"]);
  });

  it("needs DELETE typed to delete", () => {
    expect(accountDeletionSchema.safeParse({ confirm: "delete" }).success).toBe(false);
    expect(accountDeletionSchema.safeParse({ confirm: "DELETE" }).success).toBe(true);
  });
});

describe("the client's address", () => {
  it.each([
    // [peer, X-Forwarded-For, trusted hops, client]
    ["192.0.2.1", null, 0, "192.0.2.1"],
    ["192.0.2.1", "6.6.6.6", 0, "192.0.2.1"],
    ["10.0.0.2", "198.51.100.9", 1, "198.51.100.9"],
    ["10.0.0.2", "6.6.6.6, 198.51.100.9", 1, "198.51.100.9"],
    ["10.0.0.3", "6.6.6.6, 198.51.100.9, 10.0.0.2", 2, "198.51.100.9"],
    ["10.0.0.2", null, 1, "10.0.0.2"],
    ["10.0.0.2", "198.51.100.9", 5, "198.51.100.9"],
    ["::ffff:192.0.2.1", null, 0, "192.0.2.1"],
    [null, null, 0, "unknown"],
  ] as const)("peer %j, X-Forwarded-For %j, %d hops: %j", (peer, forwardedFor, hops, expected) => {
    expect(resolveClientAddress(peer, forwardedFor, hops)).toBe(expected);
  });
});
