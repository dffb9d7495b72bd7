#!/usr/bin/env node
/**
 * Generates the add-in's PNG icons into assets/ with nothing but Node's zlib.
 *
 *   node scripts/make-icons.js
 *
 * Every glyph is drawn on a 16×16 unit grid. All sizes we emit (16, 32, 64, 80, 128)
 * are multiples of 16, and stroke widths are chosen per size so that straight edges
 * land on whole pixels; only diagonals and rounded corners are anti-aliased
 * (4×4 supersampling per pixel).
 *
 *   icon-*.png    app icon (manifest IconUrl / HighResolutionIconUrl, ribbon group)
 *   open-*.png    打开工作台 / Open workbench — a table grid
 *   check-*.png   检查 / Check               — a check mark
 *   period-*.png  新建考核期 / New period      — a calendar
 *   print-*.png   打印此记录 / Print this record — a printer with a sheet
 */
'use strict';

const fs = require('fs');
const path = require('path');
const zlib = require('zlib');
const { Buffer } = require('buffer');

const GREEN = [0x21, 0x73, 0x46]; // Office/Excel green #217346
const BLUE = [0x0f, 0x6c, 0xbd]; // Fluent brand blue #0F6CBD
const WHITE = [0xff, 0xff, 0xff];

/* ------------------------------------------------------------------ PNG ---- */

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
  len.writeUInt32BE(data.length);
  const td = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(td));
  return Buffer.concat([len, td, crc]);
}

/** rgba: Uint8Array(size*size*4), non-premultiplied. */
function encodePng(size, rgba) {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 6; // colour type RGBA
  ihdr[10] = 0; // compression
  ihdr[11] = 0; // filter
  ihdr[12] = 0; // no interlace
  const raw = Buffer.alloc((size * 4 + 1) * size);
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0; // filter: none
    Buffer.from(rgba.buffer, rgba.byteOffset + y * size * 4, size * 4).copy(raw, y * (size * 4 + 1) + 1);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', zlib.deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/* ------------------------------------------------------------- shapes ---- */
// A shape is a predicate (x, y) => boolean in 16-unit coordinates.

const rect = (x0, y0, x1, y1) => (x, y) => x >= x0 && x < x1 && y >= y0 && y < y1;

const roundRect = (x0, y0, x1, y1, r) => (x, y) => {
  if (x < x0 || x >= x1 || y < y0 || y >= y1) return false;
  const cx = Math.min(Math.max(x, x0 + r), x1 - r);
  const cy = Math.min(Math.max(y, y0 + r), y1 - r);
  return (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
};

/** Outline of a rectangle whose outer edge is (x0,y0)-(x1,y1), stroked inwards by w. */
const frame = (x0, y0, x1, y1, w) => {
  const outer = rect(x0, y0, x1, y1);
  const inner = rect(x0 + w, y0 + w, x1 - w, y1 - w);
  return (x, y) => outer(x, y) && !inner(x, y);
};

function distToSegment(px, py, ax, ay, bx, by) {
  const dx = bx - ax;
  const dy = by - ay;
  const t = Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(px - (ax + t * dx), py - (ay + t * dy));
}

/** Polyline with round caps and joins. */
const polyline = (points, width) => (x, y) => {
  for (let i = 0; i + 1 < points.length; i++) {
    const [ax, ay] = points[i];
    const [bx, by] = points[i + 1];
    if (distToSegment(x, y, ax, ay, bx, by) <= width / 2) return true;
  }
  return false;
};

const union = (...shapes) => (x, y) => shapes.some((s) => s(x, y));

/* ------------------------------------------------------------- glyphs ---- */
// Line width in units for each pixel size, chosen so that w*scale is a whole
// number of pixels and lines centred on .5 units stay pixel-aligned.
const LINE = { 16: 1, 32: 1, 64: 1, 80: 0.6, 128: 0.75 };

/** Table grid: frame, solid header row, one row rule and one column rule. */
function tableGlyph(w) {
  return union(
    frame(2, 2, 14, 14, w),
    rect(2, 2, 14, 6), // header band
    rect(2, 9.5 - w / 2, 14, 9.5 + w / 2), // row rule
    rect(6.5 - w / 2, 6, 6.5 + w / 2, 14), // key-column rule
  );
}

/** Check mark. */
function checkGlyph(size) {
  const w = size <= 16 ? 2 : size <= 32 ? 1.75 : 1.5;
  return polyline(
    [
      [3.5, 8.5],
      [6.5, 11.5],
      [12.5, 4.5],
    ],
    w,
  );
}

/** Calendar: frame, header band, two binder tabs, 3×2 day cells. */
function calendarGlyph(w) {
  const cells = [];
  for (const cx of [4, 7, 10]) for (const cy of [7, 10]) cells.push(rect(cx, cy, cx + 2, cy + 2));
  return union(
    frame(2, 3, 14, 14, w),
    rect(2, 3, 14, 6),
    rect(4, 1, 5, 4), // binder tabs (they run into the header)
    rect(11, 1, 12, 4),
    ...cells,
  );
}

/** Printer: paper feeding in on top, the body, and the printed sheet coming out below. */
function printerGlyph(w) {
  return union(
    frame(4, 1, 12, 6, w), // paper in
    rect(1, 5, 15, 11), // body
    frame(4, 9, 12, 15, w), // sheet out
    rect(5, 11, 11, 12), // a printed line
  );
}

/* ------------------------------------------------------------ render ---- */

const SS = 4; // supersamples per axis

function render(size, bg, glyph) {
  const scale = size / 16;
  const background = roundRect(0, 0, 16, 16, 2.5);
  const out = new Uint8Array(size * size * 4);
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let bgHits = 0;
      let fgHits = 0;
      for (let sy = 0; sy < SS; sy++) {
        for (let sx = 0; sx < SS; sx++) {
          const x = (px + (sx + 0.5) / SS) / scale;
          const y = (py + (sy + 0.5) / SS) / scale;
          if (background(x, y)) {
            bgHits++;
            if (glyph(x, y)) fgHits++;
          }
        }
      }
      const n = SS * SS;
      const alpha = bgHits / n;
      const i = (py * size + px) * 4;
      if (bgHits === 0) continue; // fully transparent
      const f = fgHits / bgHits; // glyph share within the painted area
      for (let c = 0; c < 3; c++) out[i + c] = Math.round(bg[c] * (1 - f) + WHITE[c] * f);
      out[i + 3] = Math.round(alpha * 255);
    }
  }
  return encodePng(size, out);
}

/* -------------------------------------------------------------- main ---- */

function main() {
  const outDir = path.join(__dirname, '..', 'assets');
  fs.mkdirSync(outDir, { recursive: true });
  const jobs = [];
  for (const s of [16, 32, 64, 80, 128]) jobs.push([`icon-${s}.png`, s, GREEN, tableGlyph(LINE[s])]);
  for (const s of [16, 32, 80]) {
    jobs.push([`open-${s}.png`, s, GREEN, tableGlyph(LINE[s])]);
    jobs.push([`check-${s}.png`, s, GREEN, checkGlyph(s)]);
    jobs.push([`period-${s}.png`, s, BLUE, calendarGlyph(LINE[s])]);
    jobs.push([`print-${s}.png`, s, GREEN, printerGlyph(LINE[s])]);
  }
  for (const [name, size, bg, glyph] of jobs) {
    const png = render(size, bg, glyph);
    fs.writeFileSync(path.join(outDir, name), png);
    console.log(`assets/${name}  ${size}×${size}  ${png.length} bytes`);
  }
}

if (require.main === module) main();

module.exports = { encodePng, crc32 };
