import { randomBytes } from "node:crypto";
import { createDb } from "../../lib/server/db";
import { hashPassword } from "../../lib/server/auth/password";
import { seedDatabase } from "../../prisma/seed";

export const DEMO_ADMIN_EMAIL = "admin@dune-draft.local";
const DEMO_ADMIN_NAME = "Demo admin";

export type DemoAdmin = { email: string; password: string };
export type PreparedDatabase = { seeded: boolean; demoAdmin?: DemoAdmin };

/**
 * Seeds the database when it has no events yet, then creates the demo admin when `demoAdmin`
 * allows it and no account uses its email. The password is random and returned only here.
 */
export async function seedAndCreateAdmin(
  url: string,
  options: { demoAdmin: "if-missing" | "if-seeded" | "never" },
): Promise<PreparedDatabase> {
  const db = createDb(url, 1);
  try {
    const seeded = (await db.event.count()) === 0;
    if (seeded) await seedDatabase(db);

    const wantsAdmin = options.demoAdmin === "if-missing" || (options.demoAdmin === "if-seeded" && seeded);
    if (!wantsAdmin) return { seeded };
    const existing = await db.user.findUnique({ where: { email: DEMO_ADMIN_EMAIL }, select: { id: true } });
    if (existing) return { seeded };

    const password = randomBytes(12).toString("base64url");
    await db.user.create({
      data: {
        email: DEMO_ADMIN_EMAIL,
        name: DEMO_ADMIN_NAME,
        displayName: DEMO_ADMIN_NAME,
        role: "ADMIN",
        passwordHash: await hashPassword(password),
        emailVerified: new Date(),
      },
    });
    return { seeded, demoAdmin: { email: DEMO_ADMIN_EMAIL, password } };
  } finally {
    await db.$disconnect();
  }
}
