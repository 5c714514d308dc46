import { z } from "zod";

// The only module that reads process.env. Every setting is validated once, here.
const envSchema = z
  .object({
    NODE_ENV: z.enum(["development", "test", "production"]).default("development"),
    DATABASE_URL: z
      .string()
      .regex(/^postgres(ql)?:\/\//, "must be a postgresql:// URL")
      .optional(),
    /**
     * A session connection to the primary when DATABASE_URL goes through a transaction pooler
     * (PgBouncer): LISTEN, migrations and the job queue's schema need one. Default: DATABASE_URL.
     */
    DATABASE_DIRECT_URL: z
      .string()
      .regex(/^postgres(ql)?:\/\//, "must be a postgresql:// URL")
      .optional(),
    /** A streaming replica for public board, player and API reads (docs/operations.md, "Beyond one machine"). */
    DATABASE_REPLICA_URL: z
      .string()
      .regex(/^postgres(ql)?:\/\//, "must be a postgresql:// URL")
      .optional(),
    /** Connections in the app's pool; the embedded PGlite server multiplexes a few at most. */
    DATABASE_POOL_MAX: z.coerce.number().int().min(1).max(100).default(10),
    PORT: z.coerce.number().int().min(1).max(65535).default(3000),
    /** Set by Next while it builds: settings needed only to serve are not demanded then. */
    NEXT_PHASE: z.string().optional(),
    AUTH_SECRET: z.string().min(32, "must be at least 32 characters").optional(),
    AUTH_GITHUB_ID: z.string().min(1).optional(),
    AUTH_GITHUB_SECRET: z.string().min(1).optional(),
    AUTH_GOOGLE_ID: z.string().min(1).optional(),
    AUTH_GOOGLE_SECRET: z.string().min(1).optional(),
    AUTH_DISCORD_ID: z.string().min(1).optional(),
    AUTH_DISCORD_SECRET: z.string().min(1).optional(),
    /** Accounts one address may create per hour (sign-up abuse); raised in the end-to-end suite. */
    SIGN_UP_LIMIT_PER_HOUR: z.coerce.number().int().min(1).max(10_000).default(5),
    /**
     * Proxies (load balancers) in front of the app that append the client's address to
     * X-Forwarded-For: that many entries are peeled from its end. 0 trusts nobody: the TCP peer is the client.
     */
    TRUSTED_PROXY_HOPS: z.coerce.number().int().min(0).max(10).default(0),
    /** Set by scripts/serve.mjs, the production server: the request header holding the TCP peer's address. */
    REMOTE_ADDRESS_HEADER: z.string().min(1).optional(),
    /** Outgoing mail server, e.g. smtp://user:pass@host:587 or smtps://user:pass@host:465. */
    SMTP_URL: z
      .string()
      .regex(/^smtps?:\/\//, "must be an smtp:// or smtps:// URL")
      .optional(),
    /** The sender of every email. */
    MAIL_FROM: z.string().min(3).default("Dune Draft <no-reply@dune-draft.local>"),
    /** Without SMTP_URL: write each email as an .eml file here (set by npm start on the embedded demo). */
    MAIL_DIR: z.string().min(1).optional(),
    /** The site's public address, for links in emails and calendars (default: http://localhost:PORT). */
    APP_URL: z.url({ protocol: /^https?$/, error: "must be an http(s):// URL" }).optional(),
    /** Set to "false" to run an app instance that sends nothing (the queue's workers stay off). */
    NOTIFICATION_WORKERS: z.enum(["true", "false"]).default("true"),
    /** `npm start -- --ephemeral` writes its database URL here, so end-to-end tests can arrange data. */
    E2E_DATABASE_URL_FILE: z.string().min(1).optional(),
    /** Web push (VAPID) key pair, base64url: the public key is 65 bytes, the private one 32. */
    VAPID_PUBLIC_KEY: z
      .string()
      .regex(/^[A-Za-z0-9_-]{87}$/, "must be a base64url P-256 public key (87 characters)")
      .optional(),
    VAPID_PRIVATE_KEY: z
      .string()
      .regex(/^[A-Za-z0-9_-]{43}$/, "must be a base64url P-256 private key (43 characters)")
      .optional(),
    /** Who push services contact about this sender: a mailto: address or an https: URL. */
    VAPID_SUBJECT: z
      .string()
      .regex(/^(mailto:[^@\s]+@[^@\s]+|https:\/\/\S+)$/, "must be a mailto: address or an https: URL")
      .default("mailto:admin@dune-draft.local"),
    ADMIN_EMAILS: z
      .string()
      .default("")
      .transform((value) =>
        value
          .split(",")
          .map((email) => email.trim().toLowerCase())
          .filter(Boolean),
      ),
  })
  .refine((env) => (env.VAPID_PUBLIC_KEY === undefined) === (env.VAPID_PRIVATE_KEY === undefined), {
    path: ["VAPID_PRIVATE_KEY"],
    message: "VAPID_PUBLIC_KEY and VAPID_PRIVATE_KEY are set together or not at all",
  })
  .refine((env) => env.NODE_ENV !== "production" || env.NEXT_PHASE === "phase-production-build" || env.AUTH_SECRET, {
    path: ["AUTH_SECRET"],
    message: "is required in production (npm start generates one for the embedded demo)",
  });

export type Env = z.infer<typeof envSchema>;

function readEnv(): Env {
  const parsed = envSchema.safeParse(process.env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`);
    throw new Error(`Invalid environment:\n  ${problems.join("\n  ")}`);
  }
  return parsed.data;
}

export const env = readEnv();

/** The site's origin for absolute links (emails, calendars), without a trailing slash. */
export function appUrl(): string {
  return (env.APP_URL ?? `http://localhost:${env.PORT}`).replace(/\/+$/, "");
}

export function requireDatabaseUrl(): string {
  if (!env.DATABASE_URL) {
    throw new Error("DATABASE_URL is not set: run the app with `npm start`, which provides an embedded database");
  }
  return env.DATABASE_URL;
}

/** Where session-bound work connects (LISTEN, migrations): the primary itself, never a transaction pooler. */
export function requireDirectDatabaseUrl(): string {
  return env.DATABASE_DIRECT_URL ?? requireDatabaseUrl();
}
