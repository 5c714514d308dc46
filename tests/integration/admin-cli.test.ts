import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { createUser } from "@/tests/factories";
import { testDb } from "./helpers/db";

const run = promisify(execFile);

async function admin(...args: string[]) {
  try {
    const { stdout, stderr } = await run("node_modules/.bin/tsx", ["--conditions=react-server", "scripts/admin.ts", ...args], {
      env: process.env,
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

describe("npm run admin", () => {
  it("grants and revokes admin by email", async () => {
    const db = testDb();
    const [keeper, user] = await Promise.all([createUser(db, { role: "ADMIN" }), createUser(db)]);
    expect(await admin("grant", user.email!.toUpperCase())).toMatchObject({ code: 0, stdout: `${user.email} is now an admin.\n` });
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).role).toBe("ADMIN");
    expect(await admin("revoke", user.email!)).toMatchObject({ code: 0 });
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).role).toBe("PLAYER");
    expect(keeper.role).toBe("ADMIN");
  });

  it("explains bad usage and unknown emails with a non-zero exit", async () => {
    const usage = await admin("promote", "someone@example.test");
    expect(usage.code).toBe(2);
    expect(usage.stderr).toContain("usage: npm run admin -- grant|revoke <email>");
    const unknown = await admin("grant", "nobody-at-all@example.test");
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toContain("No account with the email nobody-at-all@example.test.");
  });
});
