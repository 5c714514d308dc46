import { spawn, type ChildProcess } from "node:child_process";
import { openSync } from "node:fs";
import path from "node:path";

const ROOT = path.resolve(import.meta.dirname, "../..");
const READY_TIMEOUT_MS = 120_000;

/** One app instance as `npm start` runs it, in a process group of its own so it can be killed whole. */
export type AppInstance = {
  name: string;
  port: number;
  start(): Promise<void>;
  /** SIGKILL to the whole instance (start.ts and the Next.js server): a machine that dies. */
  kill(): void;
  stop(): Promise<void>;
  isRunning(): boolean;
};

async function waitForPage(url: string, child: ChildProcess): Promise<void> {
  const deadline = Date.now() + READY_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (child.exitCode !== null || child.signalCode !== null) throw new Error(`the app exited before answering ${url}`);
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(5_000) });
      await response.body?.cancel();
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`${url} did not answer within ${READY_TIMEOUT_MS / 1000} s`);
}

export function appInstance(root: string, name: string, port: number, env: Record<string, string>): AppInstance {
  let child: ChildProcess | null = null;
  let exited: Promise<void> = Promise.resolve();
  const isRunning = () => child !== null && child.exitCode === null && child.signalCode === null;
  return {
    name,
    port,
    isRunning,
    async start() {
      const log = openSync(path.join(root, `${name}.log`), "a");
      child = spawn(process.execPath, ["--conditions=react-server", "--import", "tsx", "scripts/start.ts"], {
        cwd: ROOT,
        env: { ...process.env, ...env, PORT: String(port) },
        stdio: ["ignore", log, log],
        detached: true,
      });
      const started = child;
      exited = new Promise((resolve) => started.once("exit", () => resolve()));
      await waitForPage(`http://127.0.0.1:${port}/sign-in`, started);
    },
    kill() {
      if (child?.pid && isRunning()) process.kill(-child.pid, "SIGKILL");
    },
    async stop() {
      if (!child?.pid || !isRunning()) return;
      process.kill(-child.pid, "SIGTERM");
      const timer = setTimeout(() => this.kill(), 20_000);
      await exited;
      clearTimeout(timer);
    },
  };
}
