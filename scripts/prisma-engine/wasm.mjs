// Loads Prisma's WebAssembly schema engine (@prisma/schema-engine-wasm).
//
// The package's main entry does `import * as wasm from "./schema_engine_bg.wasm"`, which Node 20
// refuses (no WASM ES module integration), so we wire the wasm-bindgen glue module up by hand.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";

const require = createRequire(import.meta.url);

let loaded;

/** @returns {Promise<typeof import("@prisma/schema-engine-wasm/schema_engine_bg")>} */
export async function loadSchemaEngineWasm() {
  if (loaded) return loaded;
  const gluePath = require.resolve("@prisma/schema-engine-wasm/schema_engine_bg");
  const bg = await import("@prisma/schema-engine-wasm/schema_engine_bg");
  const bytes = readFileSync(path.join(path.dirname(gluePath), "schema_engine_bg.wasm"));
  const instance = new WebAssembly.Instance(new WebAssembly.Module(bytes), {
    "./schema_engine_bg.js": bg,
  });
  bg.__wbg_set_wasm(instance.exports);
  instance.exports.__wbindgen_start();
  loaded = bg;
  return bg;
}

/** The engine commit hash this WASM build was made from (as in `schema-engine-cli --version`). */
export function engineCommit() {
  const dir = path.dirname(require.resolve("@prisma/schema-engine-wasm/schema_engine_bg"));
  const pkg = JSON.parse(readFileSync(path.join(dir, "package.json"), "utf8"));
  const match = /-\d+\.([0-9a-f]{40})$/.exec(pkg.version);
  return match ? match[1] : pkg.version;
}
