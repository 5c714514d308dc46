import "server-only";
import { env, requireDirectDatabaseUrl } from "@/lib/env";
import { db } from "@/lib/server/db";
import { getMailer } from "@/lib/server/mail/transport";
import { startNotificationWorkers } from "./workers";

/** At server start: this instance's queue workers, unless turned off or while Next builds. */
export async function startAppNotificationWorkers(): Promise<void> {
  if (env.NOTIFICATION_WORKERS !== "true" || !env.DATABASE_URL || env.NEXT_PHASE === "phase-production-build") return;
  const mailer = getMailer();
  if (mailer.mode === "off")
    console.warn("[mail] Email is off: SMTP_URL is not set. Verification, reset, reminder and results emails are not sent.");
  try {
    // pg-boss's own two connections go straight to the primary: its scheduler and maintenance
    // were written for session connections, and two per instance need no pooler.
    const workers = await startNotificationWorkers(db, mailer, { url: requireDirectDatabaseUrl() });
    process.once("SIGTERM", () => void workers.stop());
  } catch (error) {
    // The site still serves without its queue; the workers of other instances carry on.
    console.error("[queue] could not start the notification workers:", error instanceof Error ? error.message : error);
  }
}
