import type { Prisma } from "@/lib/generated/prisma/client";
import type { Db } from "@/lib/server/db";

/** A client or an interactive transaction: the seed writes each event inside one transaction. */
export type FactoryDb = Db | Prisma.TransactionClient;
