// The first pages of a PDF report side by side in one PNG (for the docs), as poppler renders them.
// Usage: node scripts/pdf-screenshot.mjs <report.pdf> <out.png> [pages=2] [dpi=60]
// Runs `pdftoppm -r <dpi>` (poppler-utils) for each page and joins the pages with a gap between.
import { execFileSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import { deflateSync } from "node:zlib";

const [input, output, pagesArg = "2", dpiArg = "60"] = process.argv.slice(2);
if (!input || !output) {
  console.error("usage: node scripts/pdf-screenshot.mjs <report.pdf> <out.png> [pages=2] [dpi=60]");
  process.exit(2);
}

/** One page as pdftoppm renders it: a binary PPM (P6), read into width, height and RGB bytes. */
function page(n) {
  const ppm = execFileSync("pdftoppm", ["-r", dpiArg, "-f", String(n), "-l", String(n), "-singlefile", input], { maxBuffer: 1 << 28 });
  const header = ppm.toString("latin1", 0, 64).match(/^P6\s+(\d+)\s+(\d+)\s+(\d+)\s/);
  if (!header) throw new Error("pdftoppm did not give a P6 image");
  return { width: Number(header[1]), height: Number(header[2]), rgb: ppm.subarray(header[0].length) };
}

const GAP = 12;
const pages = Array.from({ length: Number(pagesArg) }, (_, i) => page(i + 1));
const width = pages.reduce((w, p) => w + p.width, 0) + GAP * (pages.length - 1);
const height = Math.max(...pages.map((p) => p.height));
// Each PNG row: filter byte 0, then RGB; the gap and any shorter page are a light grey.
const raw = Buffer.alloc(height * (1 + width * 3), 0xdd);
for (let y = 0; y < height; y++) {
  const row = y * (1 + width * 3);
  raw[row] = 0;
  let x = 0;
  for (const p of pages) {
    if (y < p.height) p.rgb.copy(raw, row + 1 + x * 3, y * p.width * 3, (y + 1) * p.width * 3);
    x += p.width + GAP;
  }
}

const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
const crc = (bytes) => {
  let c = 0xffffffff;
  for (const b of bytes) c = crcTable[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
};
const chunk = (type, data) => {
  const out = Buffer.alloc(12 + data.length);
  out.writeUInt32BE(data.length, 0);
  out.write(type, 4, "latin1");
  data.copy(out, 8);
  out.writeUInt32BE(crc(out.subarray(4, 8 + data.length)), 8 + data.length);
  return out;
};
const ihdr = Buffer.alloc(13);
ihdr.writeUInt32BE(width, 0);
ihdr.writeUInt32BE(height, 4);
ihdr.set([8, 2, 0, 0, 0], 8); // 8 bits, RGB, deflate, no filter method, no interlace
const png = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk("IHDR", ihdr), chunk("IDAT", deflateSync(raw, { level: 9 })), chunk("IEND", Buffer.alloc(0))]);
writeFileSync(output, png);
console.log(`${output}: ${pages.length} pages, ${width}x${height}`);
