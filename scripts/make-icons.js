#!/usr/bin/env node
/*
 * Generates the add-in icons in assets/ (node built-ins only: zlib + fs).
 *
 *   node scripts/make-icons.js          -> assets/icon-16.png, icon-32.png, icon-64.png, icon-80.png,
 *                                          assets/logo-filled.png (128×128)
 *
 * Design: a green rounded square (Excel green) with a white "Đ" made of bars: a stem, a bowl built
 * from straight bars and a cross-bar through the stem. Drawn with 8×8 supersampling so the small sizes
 * stay readable. Output is deterministic (same bytes on every run), so re-running changes nothing.
 */
"use strict";

const fs = require("fs");
const path = require("path");
const zlib = require("zlib");

const GREEN = [0x21, 0x73, 0x46]; // #217346
const WHITE = [0xff, 0xff, 0xff];

// ---------- PNG writer (RGBA, 8 bit, no interlace) ----------
const CRC_TABLE = (() => {
  const t = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c >>> 0;
  }
  return t;
})();

function crc32(buf) {
  let c = 0xffffffff;
  for (let i = 0; i < buf.length; i++) c = CRC_TABLE[(c ^ buf[i]) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length, 0);
  const td = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(td), 0);
  return Buffer.concat([len, td, crc]);
}

/** rgba: Uint8Array of width*height*4. */
function encodePng(width, height, rgba) {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 6; // colour type RGBA
  ihdr[10] = 0; // compression
  ihdr[11] = 0; // filter
  ihdr[12] = 0; // interlace
  const raw = Buffer.alloc((width * 4 + 1) * height);
  for (let y = 0; y < height; y++) {
    raw[y * (width * 4 + 1)] = 0; // filter: none
    Buffer.from(rgba.buffer, rgba.byteOffset + y * width * 4, width * 4).copy(raw, y * (width * 4 + 1) + 1);
  }
  const idat = zlib.deflateSync(raw, { level: 9 });
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return Buffer.concat([signature, chunk("IHDR", ihdr), chunk("IDAT", idat), chunk("IEND", Buffer.alloc(0))]);
}

// ---------- Drawing (unit square coordinates, 0..1) ----------
function insideRoundedSquare(x, y, r) {
  const cx = Math.min(Math.max(x, r), 1 - r);
  const cy = Math.min(Math.max(y, r), 1 - r);
  const dx = x - cx;
  const dy = y - cy;
  return x >= 0 && x <= 1 && y >= 0 && y <= 1 && dx * dx + dy * dy <= r * r;
}

function inRect(x, y, x0, y0, x1, y1) {
  return x >= x0 && x < x1 && y >= y0 && y < y1;
}

/** The white "Đ", built from bars (stroke 0.12 of the icon). */
function insideGlyph(x, y) {
  const s = 0.12;
  const left = 0.32;
  const top = 0.2;
  const bottom = 0.8;
  const right = 0.76;
  const stem = inRect(x, y, left, top, left + s, bottom);
  const topBar = inRect(x, y, left, top, right - 0.1, top + s);
  const bottomBar = inRect(x, y, left, bottom - s, right - 0.1, bottom);
  const rightBar = inRect(x, y, right - s, top + 0.1, right, bottom - 0.1);
  // Two short diagonals round the bowl's corners.
  const cornerTop = inRect(x, y, right - 0.1 - s / 2, top, right, top + 0.1 + s) && x - (right - 0.1 - s / 2) <= (y - top) * 1.6 + s;
  const cornerBottom =
    inRect(x, y, right - 0.1 - s / 2, bottom - 0.1 - s, right, bottom) && x - (right - 0.1 - s / 2) <= (bottom - y) * 1.6 + s;
  const crossBar = inRect(x, y, 0.2, 0.5 - s / 2 + 0.005, left + s + 0.1, 0.5 + s / 2 - 0.005);
  return stem || topBar || bottomBar || rightBar || cornerTop || cornerBottom || crossBar;
}

function render(size) {
  const ss = 8; // supersampling per axis
  const rgba = new Uint8Array(size * size * 4);
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let bg = 0;
      let fg = 0;
      for (let sy = 0; sy < ss; sy++) {
        for (let sx = 0; sx < ss; sx++) {
          const x = (px + (sx + 0.5) / ss) / size;
          const y = (py + (sy + 0.5) / ss) / size;
          if (insideRoundedSquare(x, y, 0.2)) {
            if (insideGlyph(x, y)) fg++;
            else bg++;
          }
        }
      }
      const n = ss * ss;
      const alpha = (bg + fg) / n;
      const i = (py * size + px) * 4;
      if (alpha > 0) {
        const f = fg / (bg + fg);
        for (let c = 0; c < 3; c++) rgba[i + c] = Math.round(GREEN[c] * (1 - f) + WHITE[c] * f);
      }
      rgba[i + 3] = Math.round(alpha * 255);
    }
  }
  return encodePng(size, size, rgba);
}

function main() {
  const outDir = path.resolve(__dirname, "..", "assets");
  fs.mkdirSync(outDir, { recursive: true });
  const files = [
    ["icon-16.png", 16],
    ["icon-32.png", 32],
    ["icon-64.png", 64],
    ["icon-80.png", 80],
    ["logo-filled.png", 128],
  ];
  for (const [name, size] of files) {
    const png = render(size);
    fs.writeFileSync(path.join(outDir, name), png);
    console.log(`assets/${name}: ${size}×${size}, ${png.length} byte`);
  }
}

if (require.main === module) main();

module.exports = { encodePng, render, crc32 };
