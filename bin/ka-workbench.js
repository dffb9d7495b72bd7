#!/usr/bin/env node
'use strict';
// The CLI is compiled to lib/ by `npm run build:cli` (also run by `npm install` through `prepare`).
require('../lib/cli/main.js').main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (err) => {
    process.stderr.write(`ka-workbench: ${err && err.message ? err.message : String(err)}\n`);
    process.exit(2);
  },
);
