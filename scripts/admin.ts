// npm run admin -- grant|revoke <email>: change a user's role from the command line (DATABASE_URL).
import { z } from "zod";
import { createDb } from "@/lib/server/db";
import { requireDatabaseUrl } from "@/lib/env";
import { AppError, mapError } from "@/lib/server/errors";
import { setUserRole } from "@/lib/server/users/set-user-role";
import { emailSchema } from "@/lib/validation/auth";
import { translateEnglish, translateIssue } from "@/lib/i18n/translate";

const argsSchema = z.tuple([z.enum(["grant", "revoke"], { error: "the first word must be grant or revoke" }), emailSchema]);

async function main(): Promise<number> {
  const parsed = argsSchema.safeParse(process.argv.slice(2));
  if (!parsed.success) {
    console.error(
      `usage: npm run admin -- grant|revoke <email>\n${parsed.error.issues.map((issue) => translateIssue(issue, translateEnglish)).join("\n")}`,
    );
    return 2;
  }
  const [verb, email] = parsed.data;
  const db = createDb(requireDatabaseUrl(), 1);
  try {
    const { changed } = await setUserRole(db, { email, role: verb === "grant" ? "ADMIN" : "PLAYER", actorId: null });
    console.log(changed ? `${email} is ${verb === "grant" ? "now an admin" : "no longer an admin"}.` : `${email} already had that role.`);
    return 0;
  } catch (error) {
    if (error instanceof AppError) {
      // The message is a key: mapError words it in English, as the command line speaks.
      console.error(mapError(error).message);
      return 1;
    }
    throw error;
  } finally {
    await db.$disconnect();
  }
}

process.exitCode = await main();
