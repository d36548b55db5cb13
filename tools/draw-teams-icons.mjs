// Draws the Teams app icons once; the PNGs are committed in manifest/.
// The symbol is a balance ("Vægten": loads against resources) in white:
//   color.png   192×192, the balance on the accent colour (full bleed, the symbol inside the central safe area)
//   outline.png  32×32, the balance in white on transparency (Teams tints it)
// Usage: node tools/draw-teams-icons.mjs [folder]   (default: manifest/). Prints {"wrote": [...], "folder": ...}.
import { deflateSync, crc32 } from "node:zlib";
import { writeFileSync } from "node:fs";
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";

const ACCENT = [0x2b, 0x6c, 0x5e]; // the manifest's accentColor #2B6C5E
const SAMPLES = 4; // 4×4 samples per pixel give the edges 16 steps of coverage

const folder = process.argv[2] ?? join(dirname(fileURLToPath(import.meta.url)), "..", "manifest");

// Shapes are "is this point inside?" tests in a unit square, y pointing down.
const segment = ([ax, ay], [bx, by], halfWidth) => (x, y) => {
  const [dx, dy] = [bx - ax, by - ay];
  const t = Math.max(0, Math.min(1, ((x - ax) * dx + (y - ay) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(x - (ax + t * dx), y - (ay + t * dy)) <= halfWidth;
};
const disc = ([cx, cy], r) => (x, y) => Math.hypot(x - cx, y - cy) <= r;
const bowl = ([cx, cy], r) => (x, y) => y >= cy && Math.hypot(x - cx, y - cy) <= r;

function balance(stroke) {
  const pan = (cx) => [
    segment([cx, 0.32], [cx - 0.12, 0.6], stroke * 0.6),
    segment([cx, 0.32], [cx + 0.12, 0.6], stroke * 0.6),
    bowl([cx, 0.6], 0.13),
  ];
  return [
    disc([0.5, 0.2], stroke * 1.5),
    segment([0.5, 0.2], [0.5, 0.82], stroke),
    segment([0.18, 0.32], [0.82, 0.32], stroke),
    segment([0.3, 0.84], [0.7, 0.84], stroke),
    ...pan(0.18),
    ...pan(0.82),
  ];
}

/** Share of the pixel covered by the symbol, drawn inside [margin, 1 - margin] of the image. */
function coverage(shapes, size, margin, px, py) {
  let hits = 0;
  for (let sy = 0; sy < SAMPLES; sy++) {
    for (let sx = 0; sx < SAMPLES; sx++) {
      const u = ((px + (sx + 0.5) / SAMPLES) / size - margin) / (1 - 2 * margin);
      const v = ((py + (sy + 0.5) / SAMPLES) / size - margin) / (1 - 2 * margin);
      if (shapes.some(inside => inside(u, v))) hits++;
    }
  }
  return hits / (SAMPLES * SAMPLES);
}

function draw(size, margin, stroke, paint) {
  const shapes = balance(stroke);
  const rgba = Buffer.alloc(size * size * 4);
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      rgba.set(paint(coverage(shapes, size, margin, x, y)), (y * size + x) * 4);
    }
  }
  return png(size, rgba);
}

function png(size, rgba) {
  const chunk = (type, data) => {
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const body = Buffer.concat([Buffer.from(type, "ascii"), data]);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(body));
    return Buffer.concat([length, body, crc]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 6, 0, 0, 0], 8); // 8 bits per channel, RGBA, deflate, no filter method, no interlace
  const rows = [];
  for (let y = 0; y < size; y++) rows.push(Buffer.from([0]), rgba.subarray(y * size * 4, (y + 1) * size * 4));
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", header),
    chunk("IDAT", deflateSync(Buffer.concat(rows), { level: 9 })),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

const onAccent = c => [...ACCENT.map(a => Math.round(a + (255 - a) * c)), 255];
const whiteOnTransparent = c => [255, 255, 255, Math.round(255 * c)];

writeFileSync(join(folder, "color.png"), draw(192, 0.22, 0.04, onAccent));
writeFileSync(join(folder, "outline.png"), draw(32, 0.02, 0.05, whiteOnTransparent));
console.log(JSON.stringify({ wrote: ["color.png", "outline.png"], folder }));
