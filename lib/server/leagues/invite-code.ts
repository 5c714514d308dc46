import "server-only";
import type { Tx } from "@/lib/server/db";
import { randomInt } from "node:crypto";
import { buildInviteCode } from "@/lib/game/leagues";
import { AppError } from "@/lib/server/errors";
import { msg } from "@/lib/i18n/translate";

/** A fresh code from the cryptographic generator: 31^8 (about 850 billion) codes, too many to guess one. */
export function generateInviteCode(): string {
  return buildInviteCode((size) => randomInt(size));
}

/** A code no league uses yet. A clash is already unlikely; the unique index has the last word. */
export async function pickFreeInviteCode(tx: Tx): Promise<string> {
  for (let attempt = 0; attempt < 5; attempt += 1) {
    const code = generateInviteCode();
    const taken = await tx.league.findUnique({ where: { inviteCode: code }, select: { id: true } });
    if (!taken) return code;
  }
  throw new AppError("CONFLICT", msg("leagues.action.noFreeCode"));
}
