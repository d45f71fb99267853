import { chmodSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { buildExampleApp } from './app';
import { loadExampleConfig, type ExampleConfigPaths } from './load-example-config';
import { replaceDir } from './replace-dir';

export interface SynthOptions extends ExampleConfigPaths {
  /** Final output directory (cdktf.out). */
  readonly outDir: string;
}

/**
 * Validates every config file, synthesizes the example app into a temporary sibling of `outDir`,
 * and only when everything succeeded moves it into place: a failed run leaves `outDir` untouched.
 *
 * @returns the names of the synthesized stacks.
 * @throws ConfigError listing every config problem, or the synthesis error.
 */
export function synthExampleApp(opts: SynthOptions): string[] {
  const config = loadExampleConfig(opts);
  const outDir = resolve(opts.outDir);
  mkdirSync(dirname(outDir), { recursive: true });
  const tmp = mkdtempSync(join(dirname(outDir), `.${basename(outDir)}-tmp-`));
  chmodSync(tmp, 0o755); // mkdtemp makes it private; the output is meant to be read by others
  try {
    // The app reads outdir to place state files relative to it: build it where it will finally live.
    const app = buildExampleApp({ outdir: tmp, ...config });
    app.synth();
    const stacks = readdirSync(join(tmp, 'stacks')).sort();
    replaceDir(tmp, outDir);
    return stacks;
  } catch (err) {
    rmSync(tmp, { recursive: true, force: true });
    throw err;
  }
}
