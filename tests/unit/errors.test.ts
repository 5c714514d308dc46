import { describe, expect, it } from "vitest";
import { Prisma } from "@/lib/generated/prisma/client";
import { AppError, mapError } from "@/lib/server/errors";

const known = (code: string, meta?: Record<string, unknown>) =>
  new Prisma.PrismaClientKnownRequestError("query failed", { code, clientVersion: "7", meta });
const driver = (cause: Record<string, unknown>) => known("P2010", { driverAdapterError: { name: "DriverAdapterError", cause } });

describe("mapping errors to answers", () => {
  it("answers a database that is down or restarting with 503 and a clear message", () => {
    const unavailable = [
      driver({ kind: "DatabaseNotReachable", host: "127.0.0.1", port: 5432 }),
      driver({ kind: "ConnectionClosed" }),
      driver({ kind: "postgres", originalCode: "57P01", originalMessage: "terminating connection due to administrator command" }),
      driver({ kind: "postgres", originalCode: "57P03", originalMessage: "the database system is starting up" }),
      // A database closed to new connections (ALTER DATABASE ... ALLOW_CONNECTIONS false) during maintenance.
      new Prisma.PrismaClientKnownRequestError(
        'Raw query failed. Code: `55000`. Message: `database "dune" is not currently accepting connections`',
        { code: "P2010", clientVersion: "7" },
      ),
      known("P1001"),
      new Error("Connection terminated unexpectedly"),
      new Error("wrapped", { cause: new Error("connect ECONNREFUSED 127.0.0.1:5432") }),
    ];
    for (const error of unavailable) {
      const mapped = mapError(error);
      expect(mapped.status, String(error)).toBe(503);
      expect(mapped.code).toBe("UNAVAILABLE");
      expect(mapped.message).toContain("Nothing was saved");
    }
  });

  it("keeps other failures apart", () => {
    expect(mapError(new AppError("CONFLICT", "changed")).status).toBe(409);
    expect(mapError(known("P2002")).status).toBe(409);
    expect(mapError(driver({ kind: "postgres", originalCode: "23514" })).status).toBe(500);
    expect(mapError(new Error("boom")).status).toBe(500);
  });
});
