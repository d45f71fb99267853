#!/usr/bin/env node
// The `oci-mlops` command (package.json "bin"). In a checkout, where bin/oci-mlops.ts sits beside this
// file, it runs the TypeScript sources through tsx: `npx oci-mlops` works right after `npm ci`, with no
// build step and never a stale build. In the published package (dist/, no sources) it runs the
// compiled JavaScript.
'use strict';
const { existsSync } = require('node:fs');
const { join } = require('node:path');

const source = join(__dirname, 'oci-mlops.ts');
if (existsSync(source)) {
  // Both tsx loaders: the ESM one for the commands' lazy import(), the CommonJS one for require().
  // (tsx's ESM API is imported, not required: its CommonJS build fails to register under Node 20.)
  import('tsx/esm/api').then(
    ({ register }) => {
      register();
      require('tsx/cjs/api').register();
      require(source);
    },
    (err) => {
      process.stderr.write(`oci-mlops: cannot load tsx to run the TypeScript sources (run npm ci, which installs it): ${err.message}\n`);
      process.exitCode = 70;
    },
  );
} else {
  require(join(__dirname, '..', 'dist', 'bin', 'oci-mlops.js'));
}
