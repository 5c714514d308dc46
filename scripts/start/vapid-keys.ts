import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import webpush from "web-push";
import { z } from "zod";

const keysSchema = z.object({
  publicKey: z.string().regex(/^[A-Za-z0-9_-]{87}$/),
  privateKey: z.string().regex(/^[A-Za-z0-9_-]{43}$/),
});
export type VapidKeys = z.infer<typeof keysSchema>;

/**
 * The web push key pair kept in `dataDir/vapid.json` (0600), generated the first time. It must
 * outlive restarts: every browser subscribed with its public key, and a new pair would silence them all.
 */
export function readOrCreateVapidKeys(dataDir: string): { keys: VapidKeys; file: string; isNew: boolean } {
  const file = path.join(dataDir, "vapid.json");
  if (existsSync(file)) {
    const parsed = keysSchema.safeParse(JSON.parse(readFileSync(file, "utf8")));
    if (!parsed.success)
      throw new Error(`${file} is not a VAPID key pair: delete it to generate a new one (subscribed browsers must then subscribe again)`);
    return { keys: parsed.data, file, isNew: false };
  }
  const keys = generateVapidKeys();
  mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  writeFileSync(file, `${JSON.stringify(keys, null, 2)}\n`, { mode: 0o600 });
  return { keys, file, isNew: true };
}

export function generateVapidKeys(): VapidKeys {
  const { publicKey, privateKey } = webpush.generateVAPIDKeys();
  return { publicKey, privateKey };
}
