/**
 * BundleSizePlugin: after emit, prints the raw and gzipped size of every emitted JS/CSS
 * chunk file and writes <output>/bundle-report.json:
 *
 *   { entry, budgetBytes, firstLoadGzipBytes, assets: [{ name, bytes, gzipBytes, initial }] }
 *
 * firstLoadGzipBytes is the gzipped sum of the files the given entry needs before it can
 * run (its entrypoint chunks, JS + CSS). `initial` marks files of chunks that can be part
 * of an initial load (any entry); lazily imported chunks (e.g. import('exceljs')) are not.
 * Files copied verbatim (office.js, icons) are not chunk files and are not counted.
 * If the first load exceeds budgetBytes, the plugin adds a compilation warning.
 */
'use strict';

const fs = require('fs');
const path = require('path');
const zlib = require('zlib');

const COUNTED = /\.(js|mjs|css)$/;

function kib(n) {
  return `${(n / 1024).toFixed(1)} KiB`;
}

class BundleSizePlugin {
  /** @param {{ entry?: string, budgetBytes?: number, reportFile?: string }} [options] */
  constructor(options = {}) {
    this.entry = options.entry || 'taskpane';
    this.budgetBytes = options.budgetBytes || 300 * 1024;
    this.reportFile = options.reportFile || 'bundle-report.json';
  }

  apply(compiler) {
    /** @type {Map<string, { bytes: number, gzipBytes: number }>} */
    let sizes = new Map();

    // Measure in the REPORT stage, after minification and content hashing: after emit,
    // webpack may already have replaced the sources by size-only stubs.
    compiler.hooks.thisCompilation.tap('BundleSizePlugin', (compilation) => {
      sizes = new Map();
      compilation.hooks.processAssets.tap(
        { name: 'BundleSizePlugin', stage: compiler.webpack.Compilation.PROCESS_ASSETS_STAGE_REPORT },
        (assets) => {
          for (const [file, source] of Object.entries(assets)) {
            if (!COUNTED.test(file)) continue;
            const buf = source.buffer();
            sizes.set(file, { bytes: buf.length, gzipBytes: zlib.gzipSync(buf).length });
          }
        },
      );
    });

    compiler.hooks.afterEmit.tap('BundleSizePlugin', (compilation) => {
      const assets = [];
      const seen = new Set();
      for (const chunk of compilation.chunks) {
        const initial = chunk.canBeInitial();
        for (const file of chunk.files) {
          const size = sizes.get(file);
          if (!size || seen.has(file)) continue;
          seen.add(file);
          assets.push({ name: file, bytes: size.bytes, gzipBytes: size.gzipBytes, initial });
        }
      }
      assets.sort((a, b) => Number(b.initial) - Number(a.initial) || b.gzipBytes - a.gzipBytes);

      const entrypoint = compilation.entrypoints.get(this.entry);
      const firstLoadFiles = entrypoint ? entrypoint.getFiles().filter((f) => COUNTED.test(f)) : [];
      const firstLoadGzipBytes = firstLoadFiles.reduce((sum, f) => sum + (sizes.get(f)?.gzipBytes || 0), 0);

      const report = {
        entry: this.entry,
        budgetBytes: this.budgetBytes,
        firstLoadGzipBytes,
        firstLoadFiles,
        assets,
      };
      const outFile = path.join(compilation.outputOptions.path || compiler.outputPath, this.reportFile);
      fs.mkdirSync(path.dirname(outFile), { recursive: true });
      fs.writeFileSync(outFile, JSON.stringify(report, null, 2) + '\n');

      const nameWidth = Math.max(5, ...assets.map((a) => a.name.length));
      const lines = [
        '',
        'Bundle sizes (gzip at the default level):',
        `${'asset'.padEnd(nameWidth)}  ${'raw'.padStart(11)}  ${'gzip'.padStart(11)}  load`,
        ...assets.map(
          (a) =>
            `${a.name.padEnd(nameWidth)}  ${kib(a.bytes).padStart(11)}  ${kib(a.gzipBytes).padStart(11)}  ${
              a.initial ? 'initial' : 'lazy'
            }`,
        ),
        entrypoint
          ? `First load of "${this.entry}": ${kib(firstLoadGzipBytes)} gzipped (budget ${kib(this.budgetBytes)})`
          : `No entry named "${this.entry}" in this build.`,
        `Report: ${path.relative(process.cwd(), outFile)}`,
        '',
      ];
      console.log(lines.join('\n'));

      if (entrypoint && firstLoadGzipBytes > this.budgetBytes) {
        const { WebpackError } = compiler.webpack;
        compilation.warnings.push(
          new WebpackError(
            `BundleSizePlugin: first load of "${this.entry}" is ${kib(firstLoadGzipBytes)} gzipped, over the ${kib(
              this.budgetBytes,
            )} budget. Load heavy modules (e.g. exceljs) with import().`,
          ),
        );
      }
    });
  }
}

module.exports = BundleSizePlugin;
