// Draws the game's icons (a sun over two dunes) and writes them as PNG and ICO files. Run once
// after changing the drawing: `node scripts/make-icons.mjs`; the outputs are committed.
//
//   app/favicon.ico            16, 32 and 48 px (PNG entries), served at /favicon.ico
//   app/apple-icon.png         180 px, full bleed (iOS rounds the corners itself)
//   public/icons/icon-*.png    192 and 512 px rounded squares for the web app manifest
//   public/icons/maskable-*.png 192 and 512 px, full bleed, the drawing inside the 80% safe zone
//   public/icons/badge-96.png  white silhouette on transparent, for Android's status bar
import { writeFileSync, mkdirSync } from "node:fs";
import path from "node:path";
import { deflateSync } from "node:zlib";

const ROOT = path.resolve(import.meta.dirname, "..");
const COLORS = {
  night: [0x85, 0x46, 0x15], // dune-700: the theme colour
  sun: [0xe8, 0xd4, 0xac], // sand-200
  backDune: [0xc8, 0x74, 0x2a], // dune-500
  frontDune: [0xf4, 0xea, 0xd6], // sand-100
  white: [0xff, 0xff, 0xff],
};

/** Colour (or null) of point (x, y) in the unit square: the drawing, back to front. */
function paint(x, y, { isSilhouette }) {
  const front = 0.74 - 0.16 * Math.exp(-(((x - 0.32) / 0.24) ** 2)) + 0.03 * Math.sin(x * 9);
  if (y > front) return isSilhouette ? COLORS.white : COLORS.frontDune;
  const back = 0.62 - 0.14 * Math.exp(-(((x - 0.72) / 0.22) ** 2));
  if (y > back) return isSilhouette ? null : COLORS.backDune;
  if ((x - 0.34) ** 2 + (y - 0.34) ** 2 < 0.12 ** 2) return isSilhouette ? COLORS.white : COLORS.sun;
  return isSilhouette ? null : COLORS.night;
}

/** Inside a rounded square of corner radius r (unit square)? */
function inRoundedSquare(x, y, r) {
  const dx = Math.max(r - x, 0, x - (1 - r));
  const dy = Math.max(r - y, 0, y - (1 - r));
  return dx * dx + dy * dy <= r * r;
}

/** RGBA pixels, 4x4 supersampled. `inset` shrinks the drawing into the middle (maskable safe zone). */
function render(size, { shape = "square", inset = 0, isSilhouette = false } = {}) {
  const pixels = Buffer.alloc(size * size * 4);
  const samples = 4;
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      const sum = [0, 0, 0, 0];
      for (let sy = 0; sy < samples; sy++) {
        for (let sx = 0; sx < samples; sx++) {
          const u = (px + (sx + 0.5) / samples) / size;
          const v = (py + (sy + 0.5) / samples) / size;
          if (shape === "rounded" && !inRoundedSquare(u, v, 0.22)) continue;
          const color = paint((u - inset) / (1 - 2 * inset), (v - inset) / (1 - 2 * inset), { isSilhouette });
          if (!color) continue;
          sum[0] += color[0];
          sum[1] += color[1];
          sum[2] += color[2];
          sum[3] += 255;
        }
      }
      const covered = sum[3] / 255;
      const offset = (py * size + px) * 4;
      if (covered === 0) continue;
      pixels[offset] = Math.round(sum[0] / covered);
      pixels[offset + 1] = Math.round(sum[1] / covered);
      pixels[offset + 2] = Math.round(sum[2] / covered);
      pixels[offset + 3] = Math.round(sum[3] / (samples * samples));
    }
  }
  return pixels;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(buffer) {
  let c = 0xffffffff;
  for (const byte of buffer) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

function encodePng(size, pixels) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 6, 0, 0, 0], 8); // 8-bit RGBA, no interlace
  const rows = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) pixels.copy(rows, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", header),
    chunk("IDAT", deflateSync(rows, { level: 9 })),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

/** An ICO file whose images are PNGs (supported by every browser since Windows Vista's format). */
function encodeIco(images) {
  const header = Buffer.alloc(6);
  header.writeUInt16LE(1, 2);
  header.writeUInt16LE(images.length, 4);
  let offset = 6 + 16 * images.length;
  const entries = images.map(({ size, png }) => {
    const entry = Buffer.alloc(16);
    entry.writeUInt8(size % 256, 0);
    entry.writeUInt8(size % 256, 1);
    entry.writeUInt16LE(1, 4); // colour planes
    entry.writeUInt16LE(32, 6); // bits per pixel
    entry.writeUInt32LE(png.length, 8);
    entry.writeUInt32LE(offset, 12);
    offset += png.length;
    return entry;
  });
  return Buffer.concat([header, ...entries, ...images.map(({ png }) => png)]);
}

function write(relative, data) {
  const file = path.join(ROOT, relative);
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, data);
  console.log(`${relative} (${data.length} bytes)`);
}

const png = (size, options) => encodePng(size, render(size, options));

write("app/favicon.ico", encodeIco([16, 32, 48].map((size) => ({ size, png: png(size, { shape: "rounded" }) }))));
write("app/apple-icon.png", png(180));
for (const size of [192, 512]) {
  write(`public/icons/icon-${size}.png`, png(size, { shape: "rounded" }));
  write(`public/icons/maskable-${size}.png`, png(size, { inset: 0.1 }));
}
write("public/icons/badge-96.png", png(96, { isSilhouette: true, inset: 0.08 }));
