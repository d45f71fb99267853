import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { RECORDED } from './plan-run-command';

/** What RUN steps run with instead of the base image's tools. */
export interface Toolchain {
  /** Holds `npm` and `npx` of the npm version the base image ships. */
  readonly npmBin: string;
  readonly npmVersion: string;
  /** Holds one recording shim per system command (useradd, chown, apt-get, pip...). */
  readonly shimBin: string;
  /** This machine's Node.js, standing in for the base image's. */
  readonly nodeBin: string;
}

/**
 * Installs `npm@<npmVersion>` (the npm the `node:20` images ship; this machine's npm may be newer and
 * behave differently, for example about install scripts) into `toolsDir` once, and writes the shims
 * that record system commands into `$OCI_MLOPS_SHIM_LOG` instead of running them.
 *
 * @param toolsDir - kept between runs (it lives beside the npm cache)
 * @param npmVersion - such as `10.8.2`
 * @param npmCache - the npm cache the install uses
 */
export function prepareToolchain(toolsDir: string, npmVersion: string, npmCache: string): Toolchain {
  const prefix = join(toolsDir, `npm-${npmVersion}`);
  const cli = join(prefix, 'node_modules', 'npm', 'bin');
  if (!existsSync(join(cli, 'npm-cli.js'))) {
    mkdirSync(prefix, { recursive: true });
    const r = spawnSync('npm', ['install', '--prefix', prefix, `npm@${npmVersion}`, '--no-audit', '--no-fund', '--ignore-scripts', '--cache', npmCache], { encoding: 'utf8' });
    if (r.status !== 0) throw new Error(`prepareToolchain: installing npm@${npmVersion} failed:\n${r.stderr}`);
  }
  const npmBin = join(toolsDir, `npm-${npmVersion}-bin`);
  mkdirSync(npmBin, { recursive: true });
  for (const [name, file] of [['npm', 'npm-cli.js'], ['npx', 'npx-cli.js']] as const) {
    writeExecutable(join(npmBin, name), `#!/bin/sh\nexec node "${join(cli, file)}" "$@"\n`);
  }
  const shimBin = writeSystemCommandShims(join(toolsDir, 'system-command-shims'));
  return { npmBin, npmVersion, shimBin, nodeBin: dirname(process.execPath) };
}

/**
 * Writes one shim per system command (useradd, chown, apt-get, pip...) into `dir`: each appends its
 * command line to `$OCI_MLOPS_SHIM_LOG` and succeeds, so a RUN line goes on as in the real image.
 * @returns `dir`
 */
export function writeSystemCommandShims(dir: string): string {
  mkdirSync(dir, { recursive: true });
  for (const name of RECORDED) {
    writeExecutable(join(dir, name), `#!/bin/sh\nprintf '%s\\n' "${name} $*" >> "$OCI_MLOPS_SHIM_LOG"\n`);
  }
  return dir;
}

function writeExecutable(path: string, text: string): void {
  writeFileSync(path, text);
  chmodSync(path, 0o755);
}
