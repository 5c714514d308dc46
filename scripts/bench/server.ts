import { spawn } from "node:child_process";
import { createWriteStream, mkdirSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { childEnv } from "../start/processes";

const ROOT = path.resolve(import.meta.dirname, "../..");
// Other engineers' end-to-end runs build into the same .next and serve on 3100 under this lock: the
// bench holds it from its build (if any) until its server stops.
export const E2E_LOCK = "/tmp/dune-e2e.lock";
const READY_LINE = "Dune Draft is running";
export const SERVER_LOG = path.join(ROOT, "bench/out/server.log");
const READY_TIMEOUT_MS = 20 * 60_000;
const SAMPLE_EVERY_MS = 200;

export type BenchServer = {
  url: string;
  /** The server's peak resident memory so far, in MB (Next's processes, not the start script). */
  peakRssMb(): number;
  stop(): Promise<void>;
};

type ProcessInfo = { pid: number; ppid: number; command: string };

function listProcesses(): ProcessInfo[] {
  return readdirSync("/proc")
    .filter((name) => /^\d+$/.test(name))
    .flatMap((name) => {
      try {
        const stat = readFileSync(`/proc/${name}/stat`, "utf8");
        const ppid = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
        const command = readFileSync(`/proc/${name}/cmdline`, "utf8").replaceAll("\0", " ");
        return [{ pid: Number(name), ppid, command }];
      } catch {
        return []; // exited while we looked
      }
    });
}

function descendantsOf(root: number): ProcessInfo[] {
  const all = listProcesses();
  const found: ProcessInfo[] = [];
  const parents = new Set([root]);
  for (let grew = true; grew;) {
    grew = false;
    for (const info of all) {
      if (parents.has(info.ppid) && !parents.has(info.pid)) {
        parents.add(info.pid);
        found.push(info);
        grew = true;
      }
    }
  }
  return found;
}

/** VmRSS and VmHWM (the kernel's peak) of a process, in kB; zeros once it has exited. */
function readMemory(pid: number): { rss: number; hwm: number } {
  try {
    const status = readFileSync(`/proc/${pid}/status`, "utf8");
    const field = (name: string) => Number(new RegExp(`^${name}:\\s+(\\d+) kB`, "m").exec(status)?.[1] ?? 0);
    return { rss: field("VmRSS"), hwm: field("VmHWM") };
  } catch {
    return { rss: 0, hwm: 0 };
  }
}

/**
 * The production server as `npm start` runs it (scripts/start.ts: build when the sources changed,
 * then `next start`), on `port`, against the bench database, under the end-to-end lock. Its memory
 * is sampled every SAMPLE_EVERY_MS until it stops.
 */
export async function startBenchServer(
  databaseUrl: string,
  port: number,
  authSecret: string,
  log: (line: string) => void,
): Promise<BenchServer> {
  log(`waiting for ${E2E_LOCK} (held while someone's end-to-end tests build or serve)...`);
  const child = spawn("flock", [E2E_LOCK, process.execPath, "--conditions=react-server", "--import", "tsx", "scripts/start.ts"], {
    cwd: ROOT,
    detached: true, // its own process group, stopped as a whole
    stdio: ["ignore", "pipe", "pipe"],
    env: childEnv({ DATABASE_URL: databaseUrl, PORT: String(port), AUTH_SECRET: authSecret }),
  });
  const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
  let output = "";
  // The server's whole output, for the errors behind a failed request (bench/out/ is not committed).
  mkdirSync(path.dirname(SERVER_LOG), { recursive: true });
  const logFile = createWriteStream(SERVER_LOG);
  child.stdout.pipe(logFile);
  child.stderr.pipe(logFile);
  const ready = new Promise<void>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`the server was not ready within ${READY_TIMEOUT_MS / 60_000} minutes:\n${output.slice(-2000)}`)),
      READY_TIMEOUT_MS,
    );
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes(READY_LINE)) {
        clearTimeout(timer);
        resolve();
      }
    };
    child.stdout.on("data", onData);
    child.stderr.on("data", onData);
    void exited.then((code) => {
      clearTimeout(timer);
      reject(new Error(`the server exited (code ${code}) before it was ready:\n${output.slice(-2000)}`));
    });
  });

  let peakKb = 0;
  const sample = () => {
    const server = descendantsOf(child.pid!).filter((info) => !info.command.includes("scripts/start.ts"));
    const memory = server.map((info) => readMemory(info.pid));
    peakKb = Math.max(
      peakKb,
      memory.reduce((sum, next) => sum + next.rss, 0),
      ...memory.map((next) => next.hwm),
    );
  };
  const stopProcess = async () => {
    if (child.exitCode === null) {
      try {
        process.kill(-child.pid!, "SIGTERM");
      } catch {
        // already gone
      }
      const killer = setTimeout(() => process.kill(-child.pid!, "SIGKILL"), 20_000);
      await exited;
      clearTimeout(killer);
    }
  };
  try {
    await ready;
  } catch (error) {
    await stopProcess();
    throw error;
  }
  // Sampling starts once the server is ready: the build before it (scripts/start.ts runs `next
  // build` when the sources changed) is not the server, and peaks far above it.
  sample();
  const sampler = setInterval(sample, SAMPLE_EVERY_MS);
  const stop = async () => {
    sample();
    clearInterval(sampler);
    await stopProcess();
  };
  log(`server ready on port ${port} (its output: ${path.relative(ROOT, SERVER_LOG)})`);
  return { url: `http://127.0.0.1:${port}`, peakRssMb: () => Math.round(peakKb / 1024), stop };
}
