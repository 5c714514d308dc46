import type { Prisma, User } from "@/lib/generated/prisma/client";
import { hashPassword } from "@/lib/server/auth/password";
import type { FactoryDb } from "./factory-db";
import { randomSuffix } from "./random";

/** `password` is hashed (argon2id) into passwordHash; leave it out for an OAuth-style account. */
export type UserOverrides = Partial<Prisma.UserCreateInput> & { password?: string };

export async function createUser(db: FactoryDb, overrides: UserOverrides = {}): Promise<User> {
  const { password, ...fields } = overrides;
  const suffix = randomSuffix();
  const passwordHash = password === undefined ? (fields.passwordHash ?? null) : await hashPassword(password);
  return db.user.create({
    data: {
      email: `player-${suffix}@example.test`,
      name: `Player ${suffix}`,
      displayName: `player-${suffix}`,
      role: "PLAYER",
      ...fields,
      passwordHash,
    },
  });
}
