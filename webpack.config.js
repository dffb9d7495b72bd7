/**
 * webpack config for the add-in.
 *
 *   npm run build                  production build into dist/ (prints bundle sizes, writes dist/bundle-report.json)
 *   npm run build:dev              development build into dist/
 *   npm start                      scripts/start.js: dev build + dev server on https://localhost:3000
 *   npm run preview                browser preview (src/preview) on http://localhost:3001 (/ and /taskpane.html)
 *
 * Env: ADDIN_URL=https://host/path  in a production build, replaces https://localhost:3000 in manifest.xml.
 *      DEV_SERVER_HTTP=1            dev server on plain http (skips certificates).
 *
 * HTTPS for the dev server: office-addin-dev-certs' getHttpsServerOptions() generates a CA and a
 * localhost certificate in ~/.office-addin-dev-certs and then installs the CA with sudo. As root
 * without sudo that install fails (and it regenerates the CA on every call), so:
 *   1. if the install can work (sudo exists, or not Linux), call getHttpsServerOptions();
 *   2. otherwise, or if it fails, use ca.crt/localhost.crt/localhost.key from ~/.office-addin-dev-certs
 *      (generating them once without installing if they are missing); the CA is then not trusted
 *      until you trust it yourself, and we say so;
 *   3. if there are no certificate files at all, serve plain http and say so.
 */
'use strict';

const fs = require('fs');
const os = require('os');
const path = require('path');
const webpack = require('webpack');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const CopyWebpackPlugin = require('copy-webpack-plugin');
const BundleSizePlugin = require('./scripts/bundle-size-plugin');

const DEV_ORIGIN = 'https://localhost:3000';
const ADDIN_PORT = 3000;
const PREVIEW_PORT = 3001;
/**
 * The dev servers listen on the loopback interface only (#9.16): they serve an unminified build and
 * accept any request, so nobody else on the network may reach them. webpack-dev-server's default
 * listens on every interface. https://localhost:3000 (the manifest) reaches 127.0.0.1.
 */
const DEV_HOST = '127.0.0.1';
const OFFICE_JS_DIR = path.dirname(require.resolve('@microsoft/office-js/package.json')) + '/dist';
/**
 * Production pages load office.js from Microsoft's CDN: the npm package "is no longer officially
 * supported", published add-ins must use the CDN so that product updates reach them, and a local
 * copy is for offline development only (FACTS.md, @microsoft/office-js README). Development builds
 * (npm start) keep the local copy, and the preview loads no office.js, so nothing that builds or
 * tests here downloads anything.
 */
const OFFICE_JS_CDN_ORIGIN = 'https://appsforoffice.microsoft.com';
const OFFICE_JS_CDN = `${OFFICE_JS_CDN_ORIGIN}/lib/1/hosted/office.js`;
const OFFICE_JS_LOCAL = 'office-js/office.js';
const CERT_DIR = path.join(os.homedir(), '.office-addin-dev-certs');
const CERT_FILES = { ca: 'ca.crt', cert: 'localhost.crt', key: 'localhost.key' };

/* ------------------------------------------------------------ dev certificates ---- */

function onPath(cmd) {
  return (process.env.PATH || '')
    .split(path.delimiter)
    .some((dir) => dir && fs.existsSync(path.join(dir, cmd)));
}

function readCertFiles() {
  const files = Object.fromEntries(Object.entries(CERT_FILES).map(([k, f]) => [k, path.join(CERT_DIR, f)]));
  if (!fs.existsSync(files.cert) || !fs.existsSync(files.key)) return null;
  const options = { cert: fs.readFileSync(files.cert), key: fs.readFileSync(files.key) };
  if (fs.existsSync(files.ca)) options.ca = fs.readFileSync(files.ca);
  return options;
}

/** Resolves webpack-dev-server's `server` option: https with dev certificates, or http. */
async function devServerTransport() {
  if (process.env.DEV_SERVER_HTTP === '1') {
    console.warn('[dev-server] DEV_SERVER_HTTP=1: serving plain http. Office will not load an http task pane.');
    return 'http';
  }
  let devCerts = null;
  try {
    devCerts = require('office-addin-dev-certs');
  } catch {
    /* not installed: only the files can help */
  }
  const canInstallCa = process.platform !== 'linux' || onPath('sudo');

  if (devCerts && canInstallCa) {
    try {
      return { type: 'https', options: await devCerts.getHttpsServerOptions() };
    } catch (err) {
      console.warn(`[dev-server] office-addin-dev-certs could not install its CA: ${String(err.message || err).trim()}`);
    }
  } else if (devCerts && !readCertFiles()) {
    try {
      await devCerts.generateCertificates();
    } catch (err) {
      console.warn(`[dev-server] could not generate dev certificates: ${String(err.message || err).trim()}`);
    }
  }

  const files = readCertFiles();
  if (files) {
    console.warn(
      [
        `[dev-server] Using the certificates in ${CERT_DIR} without a trusted CA` +
          (canInstallCa ? '.' : ' (no sudo here, so office-addin-dev-certs cannot install it).'),
        `[dev-server] To make Office/your browser accept https://localhost:${ADDIN_PORT}, trust ${path.join(CERT_DIR, 'ca.crt')}`,
        '[dev-server] yourself (e.g. as root: cp it to /usr/local/share/ca-certificates/ and run update-ca-certificates;',
        '[dev-server] browsers with their own store need it imported), or open the URL once and accept the warning.',
      ].join('\n'),
    );
    return { type: 'https', options: files };
  }

  console.warn(
    [
      `[dev-server] No dev certificates (office-addin-dev-certs missing or failed, nothing in ${CERT_DIR}).`,
      `[dev-server] Serving PLAIN HTTP on http://localhost:${ADDIN_PORT}: fine for a browser, but Office requires https,`,
      '[dev-server] so sideloading manifest.xml will not work until certificates exist (npx office-addin-dev-certs install).',
    ].join('\n'),
  );
  return 'http';
}

/* ------------------------------------------------------------------- config ---- */

module.exports = async (env = {}, argv = {}) => {
  const mode = argv.mode || process.env.NODE_ENV || 'production';
  const prod = mode === 'production';
  const preview = Boolean(env.preview);
  const serving = Boolean(env.WEBPACK_SERVE);
  const addinUrl = (process.env.ADDIN_URL || '').replace(/\/+$/, '');

  if (prod && addinUrl && !addinUrl.startsWith('https://')) {
    console.warn(`[webpack] ADDIN_URL=${addinUrl} is not https; Office only loads add-ins over https.`);
  }

  // office.js from the CDN in a production add-in build; from our own origin otherwise.
  const officeJsFromCdn = prod && !preview;
  const officeJsOrigin = officeJsFromCdn ? ` ${OFFICE_JS_CDN_ORIGIN}` : '';

  // npm run test:excel: a development build whose self-test posts to office-addin-test-server.
  const testServerPort = !prod && /^\d+$/.test(process.env.KA_TEST_SERVER_PORT || '') ? process.env.KA_TEST_SERVER_PORT : '';

  const htmlCommon = {
    officeJsSrc: officeJsFromCdn ? OFFICE_JS_CDN : OFFICE_JS_LOCAL,
    // script-src and frame-src also allow exactly the CDN's origin when office.js comes from there:
    // office.js loads its host script and locale strings from its own base path, and may frame its
    // error page (agaveerrorux/) from there too.
    cspOfficeJs: officeJsOrigin,
    cspOfficeJsNote: officeJsFromCdn
      ? `office.js and what it loads from its own base path come from ${OFFICE_JS_CDN_ORIGIN} (Microsoft's CDN).`
      : 'office.js comes from office-js/ on our own origin (development build: the npm copy, for offline work).',
    // Extra connect-src for webpack-dev-server's live-reload websocket, in development only.
    cspConnectExtra: (prod ? '' : ' ws: wss:') + (testServerPort ? ` https://localhost:${testServerPort}` : ''),
    cspNote: prod ? '' : "(development build: connect-src also allows ws: wss: for the dev server's live reload.)",
    minify: prod ? { collapseWhitespace: true, removeComments: true } : false,
  };

  const entry = preview
    ? { preview: './src/preview/index.tsx' }
    : { taskpane: './src/taskpane/index.tsx', commands: './src/commands/commands.ts' };

  const htmlPlugins = preview
    ? ['taskpane.html', 'index.html'].map(
        (filename) =>
          new HtmlWebpackPlugin({
            ...htmlCommon,
            template: './src/taskpane/taskpane.html',
            filename,
            chunks: ['preview'],
            // The preview runs outside Office with a fake workbook, so it does not load office.js.
            officeJs: false,
          }),
      )
    : [
        new HtmlWebpackPlugin({
          ...htmlCommon,
          template: './src/taskpane/taskpane.html',
          filename: 'taskpane.html',
          chunks: ['taskpane'],
          officeJs: true,
        }),
        new HtmlWebpackPlugin({
          ...htmlCommon,
          template: './src/commands/commands.html',
          filename: 'commands.html',
          chunks: ['commands'],
        }),
      ];

  const copyPatterns = [{ from: 'assets', to: 'assets' }];
  if (!preview) {
    copyPatterns.push({
      from: 'manifest.xml',
      to: 'manifest.xml',
      transform: (content) =>
        prod && addinUrl ? content.toString().split(DEV_ORIGIN).join(addinUrl) : content,
    });
    // Development builds: office.js and the host scripts it loads from its own base path, served from
    // our origin. The dev server serves the whole package folder statically instead (devServer.static);
    // production builds load it from the CDN and ship no copy.
    if (!serving && !officeJsFromCdn) {
      copyPatterns.push({
        from: OFFICE_JS_DIR,
        to: 'office-js',
        // Ship Microsoft's files byte for byte: marked as minimized, the minimizer leaves them alone.
        info: { minimized: true },
        globOptions: {
          ignore: [
            '**/*.debug.js', // we load office.js, which loads the non-debug host scripts
            '**/*.d.ts',
            '**/*vsdoc*',
            // Scripts for other Office apps: this add-in declares only the Workbook host.
            ...['access', 'onenote', 'outlook', 'powerpoint', 'project', 'word'].map((h) => `**/${h}*.js`),
            '**/outlook_strings.js',
          ],
        },
      });
    }
  }

  /** @type {import('webpack').Configuration} */
  const config = {
    mode,
    target: ['web', 'es2020'],
    context: __dirname,
    entry,
    // No eval-based devtool: the pages' CSP has no 'unsafe-eval'.
    devtool: prod ? false : 'source-map',
    output: {
      path: preview ? path.resolve(__dirname, 'dist', 'preview') : path.resolve(__dirname, 'dist'),
      filename: prod ? '[name].[contenthash:8].js' : '[name].js',
      chunkFilename: prod ? '[name].[contenthash:8].js' : '[name].js',
      assetModuleFilename: 'assets/[name].[contenthash:8][ext]',
      clean: true,
    },
    resolve: {
      extensions: ['.ts', '.tsx', '.mjs', '.js', '.json'],
    },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: 'ts-loader',
            // Type checking runs separately (npm run typecheck).
            options: { transpileOnly: true, configFile: path.resolve(__dirname, 'tsconfig.json') },
          },
        },
        { test: /\.(png|jpe?g|gif|svg)$/i, type: 'asset/resource' },
      ],
    },
    optimization: {
      // Lazily imported modules (import('exceljs')) become their own async chunks; node_modules
      // shared by initial chunks are split into cacheable vendor chunks.
      splitChunks: { chunks: 'all' },
    },
    // webpack's size hints count raw bytes; BundleSizePlugin enforces the gzipped budget instead.
    performance: false,
    plugins: [
      ...htmlPlugins,
      new CopyWebpackPlugin({ patterns: copyPatterns }),
      // Empty except in the build npm run test:excel makes (src/selftest/testServer.ts).
      new webpack.DefinePlugin({ 'process.env.KA_TEST_SERVER_PORT': JSON.stringify(testServerPort) }),
      ...(prod ? [new BundleSizePlugin({ entry: preview ? 'preview' : 'taskpane', budgetBytes: 300 * 1024 })] : []),
    ],
    stats: 'minimal',
  };

  if (serving) {
    config.devServer = {
      host: DEV_HOST,
      port: preview ? PREVIEW_PORT : ADDIN_PORT,
      server: preview ? 'http' : await devServerTransport(),
      static: preview
        ? false
        : [{ directory: OFFICE_JS_DIR, publicPath: '/office-js', watch: false }],
      // Preview: / serves index.html; /taskpane.html is emitted too.
      hot: false,
      liveReload: true,
      client: { overlay: { errors: true, warnings: false } },
      headers: { 'Cache-Control': 'no-store' },
    };
  }

  return config;
};
