#!/usr/bin/env node
/**
 * A tiny static server for the production build of the browser preview (dist/preview), for the
 * e2e tests and for showing the preview without webpack-dev-server:
 *
 *   npx webpack --mode production --env preview && node scripts/serve-preview.js [--port 3001] [--root dist/preview]
 *
 * It listens on 127.0.0.1 only, serves files under the root and nothing else (no directory listing,
 * no path outside the root), and never caches, so a rebuilt preview is what the next load gets.
 * `--port 0` picks a free port; the URL is printed. Also usable from Node:
 *   const { startPreviewServer } = require('./scripts/serve-preview');
 *   const server = await startPreviewServer({ root, port: 0 }); … await server.close();
 */
'use strict';

const fs = require('fs');
const http = require('http');
const path = require('path');

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
};

/** The file a URL path names under root, or null when it would leave the root. */
function fileFor(root, urlPath) {
  let decoded;
  try {
    decoded = decodeURIComponent(urlPath.split('?')[0]);
  } catch {
    return null;
  }
  const rel = decoded.endsWith('/') ? `${decoded}index.html` : decoded;
  const full = path.resolve(root, `.${path.posix.normalize(`/${rel}`)}`);
  return full === root || full.startsWith(root + path.sep) ? full : null;
}

function send(res, status, body, type = 'text/plain; charset=utf-8') {
  res.writeHead(status, { 'Content-Type': type, 'Cache-Control': 'no-store', 'X-Content-Type-Options': 'nosniff' });
  res.end(body);
}

/**
 * @param {{ root: string, port?: number, host?: string }} options
 * @returns {Promise<{ url: string, port: number, close: () => Promise<void> }>}
 */
function startPreviewServer(options) {
  const root = path.resolve(options.root);
  if (!fs.existsSync(path.join(root, 'index.html'))) {
    return Promise.reject(
      new Error(`${root}/index.html is missing: build the preview first (npx webpack --mode production --env preview).`),
    );
  }
  const host = options.host || '127.0.0.1';
  const server = http.createServer((req, res) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') return send(res, 405, 'Method not allowed');
    const file = fileFor(root, req.url || '/');
    if (!file) return send(res, 403, 'Forbidden');
    fs.stat(file, (statErr, stat) => {
      if (statErr || !stat.isFile()) return send(res, 404, 'Not found');
      res.writeHead(200, {
        'Content-Type': TYPES[path.extname(file).toLowerCase()] || 'application/octet-stream',
        'Content-Length': stat.size,
        'Cache-Control': 'no-store',
        'X-Content-Type-Options': 'nosniff',
      });
      if (req.method === 'HEAD') return res.end();
      fs.createReadStream(file)
        .on('error', (err) => res.destroy(err))
        .pipe(res);
    });
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, host, () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      resolve({
        url: `http://${host}:${port}`,
        port,
        close: () =>
          new Promise((done, fail) => {
            server.closeAllConnections?.();
            server.close((err) => (err ? fail(err) : done()));
          }),
      });
    });
  });
}

module.exports = { startPreviewServer };

if (require.main === module) {
  const args = process.argv.slice(2);
  const arg = (name, fallback) => {
    const i = args.indexOf(`--${name}`);
    return i >= 0 && args[i + 1] !== undefined ? args[i + 1] : fallback;
  };
  const port = Number(arg('port', '3001'));
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    console.error(`--port must be a number from 0 to 65535, not ${arg('port', '')}`);
    process.exit(2);
  }
  startPreviewServer({ root: arg('root', path.join(__dirname, '..', 'dist', 'preview')), port }).then(
    (s) => console.log(`Preview: ${s.url}/  (Ctrl+C to stop)`),
    (err) => {
      console.error(err.message);
      process.exit(1);
    },
  );
}
