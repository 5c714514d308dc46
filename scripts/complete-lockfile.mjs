#!/usr/bin/env node
// The npm registry reachable from our machines serves no prebuilt binaries for other platforms
// (@next/swc-darwin-*, @tailwindcss/oxide-win32-*, ...): `npm install` leaves them out of
// package-lock.json, and `npm ci` then refuses the lock as out of sync. This adds each missing
// optional platform package with its os/cpu, so npm ci skips it on a non-matching machine
// (and installs it from the registry on a matching one). Run it after every `npm install`.
import { readFileSync, writeFileSync } from "node:fs";

const LOCK = new URL("../package-lock.json", import.meta.url);
const lock = JSON.parse(readFileSync(LOCK, "utf8"));
const packages = lock.packages;

const OS = ["darwin", "linux", "win32", "freebsd", "android", "openbsd", "sunos", "aix", "netbsd"];
const CPU = ["arm64", "x64", "ia32", "arm", "wasm32", "ppc64", "s390x", "riscv64", "loong64", "mips64el"];

function platformOf(name) {
  const parts = name.split("/").at(-1).split("-");
  const os = parts.find((part) => OS.includes(part) || part === "win32");
  const cpu = parts.find((part) => CPU.includes(part));
  return { os, cpu };
}

let added = 0;
for (const [path, entry] of Object.entries(packages)) {
  for (const [name, range] of Object.entries(entry.optionalDependencies ?? {})) {
    const nested = `${path ? `${path}/` : ""}node_modules/${name}`;
    if (packages[nested] || packages[`node_modules/${name}`]) continue;
    const { os, cpu } = platformOf(name);
    if (!cpu) {
      console.error(`cannot tell the platform of ${name}; add it by hand`);
      process.exitCode = 1;
      continue;
    }
    packages[`node_modules/${name}`] = {
      version: range.replace(/^[\^~=]/, ""),
      ...(cpu ? { cpu: [cpu] } : {}),
      license: "MIT",
      optional: true,
      ...(os ? { os: [os] } : {}),
    };
    added += 1;
  }
}

lock.packages = Object.fromEntries(Object.entries(packages).sort(([a], [b]) => (a === "" ? -1 : b === "" ? 1 : a.localeCompare(b))));
writeFileSync(LOCK, `${JSON.stringify(lock, null, 2)}\n`);
console.log(`package-lock.json: added ${added} optional platform package(s)`);
