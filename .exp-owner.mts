import pg from "pg";
import { startEmbeddedPostgres } from "./scripts/embedded-db.ts";
const dir = "/tmp/exp/pgd3";
let e = await startEmbeddedPostgres({ dataDir: dir });
const setup = new pg.Client({ connectionString: e.url }); await setup.connect();
await setup.query("create table if not exists k (n int)"); await setup.query("delete from k"); await setup.end();
// A holds a transaction then vanishes; B must get through afterwards.
const a = new pg.Client({ connectionString: e.url }); await a.connect();
a.on("error", () => {});
await a.query("begin"); await a.query("insert into k values ($1)", [1]);
const b = new pg.Client({ connectionString: e.url }); await b.connect();
const bDone = b.query("insert into k values ($1)", [2]).then(() => "b committed");
await new Promise((r) => setTimeout(r, 300));
console.log("b while a holds tx:", await Promise.race([bDone, new Promise((r) => setTimeout(() => r("b waiting"), 10))]));
(a as unknown as { connection: { stream: { destroy(): void } } }).connection.stream.destroy();
console.log("after a vanished:", await Promise.race([bDone, new Promise((r) => setTimeout(() => r("b STILL waiting"), 3000))]));
// C holds an open transaction at stop time.
const c = new pg.Client({ connectionString: e.url }); await c.connect(); c.on("error", () => {});
await c.query("begin"); await c.query("insert into k values (3)");
const t = Date.now(); await e.stop(); console.log("stop ms", Date.now() - t);
await b.end().catch(() => {}); await c.end().catch(() => {});
e = await startEmbeddedPostgres({ dataDir: dir });
const d = new pg.Client({ connectionString: e.url }); await d.connect();
console.log("rows after restart:", (await d.query("select n from k order by n")).rows.map((r) => r.n));
await d.end(); await e.stop();
