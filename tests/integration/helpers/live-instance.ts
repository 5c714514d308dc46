// One "app instance" for tests/integration/live-two-instances.test.ts, in its own process: its own
// database pool, standings listener, board cache and a live stream of one event, as `next start`
// has them. It reports on stdout, one JSON line each: ready, then every stream message with the
// board it then reads through its cache.
import { createDb } from "@/lib/server/db";
import { getOverallBoardPage } from "@/lib/server/leaderboards/get-overall-leaderboard";
import { BoardCache } from "@/lib/server/live/board-cache";
import { StandingsListener } from "@/lib/server/live/standings-listener";
import { openStandingsStream } from "@/lib/server/live/standings-stream";

const url = process.env.DATABASE_URL!;
const eventId = Number(process.env.LIVE_EVENT_ID);
const db = createDb(url, 2);
const listener = new StandingsListener(url);
const cache = new BoardCache(listener);
const readBoard = () => cache.read(eventId, "overall:1", () => getOverallBoardPage(db, eventId, 1));
const report = (line: object) => process.stdout.write(`${JSON.stringify(line)}\n`);

const aborter = new AbortController();
const response = openStandingsStream(listener, eventId, aborter.signal);
while (!listener.isListening) await new Promise((resolve) => setTimeout(resolve, 20));
const cachedBefore = await readBoard();
report({ type: "ready", pid: process.pid, totals: cachedBefore.rows.map((row) => row.total) });

const decoder = new TextDecoder();
let buffered = "";
for await (const chunk of response.body!) {
  buffered += decoder.decode(chunk, { stream: true });
  let end: number;
  while ((end = buffered.indexOf("\n\n")) >= 0) {
    const message = buffered.slice(0, end);
    buffered = buffered.slice(end + 2);
    const event = /^event: (.+)$/m.exec(message)?.[1];
    if (!event) continue;
    const board = await readBoard();
    report({ type: event, data: JSON.parse(/^data: (.+)$/m.exec(message)?.[1] ?? "null"), totals: board.rows.map((row) => row.total) });
  }
}
