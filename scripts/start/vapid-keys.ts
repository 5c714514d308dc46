import webpush from "web-push";
import { z } from "zod";
import { readOrCreateSecret } from "./data-dir";

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
  const { value, file, isNew } = readOrCreateSecret(dataDir, "vapid.json", () => JSON.stringify(generateVapidKeys(), null, 2));
  const parsed = keysSchema.safeParse(parseJson(value));
  if (!parsed.success)
    throw new Error(`${file} is not a VAPID key pair: delete it to generate a new one (subscribed browsers must then subscribe again)`);
  return { keys: parsed.data, file, isNew };
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}

export function generateVapidKeys(): VapidKeys {
  const { publicKey, privateKey } = webpush.generateVAPIDKeys();
  return { publicKey, privateKey };
}
