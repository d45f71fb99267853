import { chmodSync, mkdirSync, mkdtempSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { writeBuildSpecs } from '../lib/cicd/write-build-specs';
import { type Finding, runPolicyChecks, toSarif } from '../lib/policy';
import { buildExampleApp } from './app';
import { loadExampleConfig, type ExampleConfigPaths } from './load-example-config';
import { replaceDir } from './replace-dir';

export interface SynthOptions extends ExampleConfigPaths {
  /** Final output directory (cdktf.out). */
  readonly outDir: string;
  /**
   * Also write the policy findings as SARIF 2.1.0 to this file (written even when findings fail the run).
   * @default - no report file
   */
  readonly reportFile?: string;
  /**
   * Called with the temporary directory once every stack is synthesized there, before it replaces
   * the output directory: a check that throws leaves the output directory untouched.
   * @default - no check
   */
  readonly beforeReplace?: (synthesizedDir: string) => void;
}

export interface SynthResult {
  /** Names of the synthesized stacks. */
  readonly stacks: string[];
  /** Every policy finding: warnings, and suppressed findings with their reasons. */
  readonly findings: Finding[];
}

/** Thrown when the policy rule pack finds unsuppressed errors; nothing was written to the output directory. */
export class PolicyViolationError extends Error {
  constructor(readonly findings: readonly Finding[]) {
    const errors = findings.filter(isBlocking).length;
    super(`${errors} policy error${errors === 1 ? '' : 's'}: fix them or suppress each with Governance.suppress(construct, [{ id, reason }])`);
    this.name = 'PolicyViolationError';
  }
}

/** An unsuppressed error-level finding: it fails synthesis. */
export const isBlocking = (f: Finding): boolean => f.level === 'error' && f.suppressedReason === undefined;

/**
 * Validates every config file, runs the policy rule pack, synthesizes the example app into a
 * temporary sibling of `outDir`, and only when everything succeeded moves it into place: a failed
 * run leaves `outDir` untouched.
 *
 * @throws ConfigError listing every config problem, PolicyViolationError, or the synthesis error.
 */
export function synthExampleApp(opts: SynthOptions): SynthResult {
  const config = loadExampleConfig(opts);
  const outDir = resolve(opts.outDir);
  mkdirSync(dirname(outDir), { recursive: true });
  const tmp = mkdtempSync(join(dirname(outDir), `.${basename(outDir)}-tmp-`));
  chmodSync(tmp, 0o755); // mkdtemp makes it private; the output is meant to be read by others
  try {
    // The app reads outdir to place state files relative to it: build it where it will finally live.
    const app = buildExampleApp({ outdir: tmp, ...config });
    const findings = runPolicyChecks(app);
    if (opts.reportFile) writeFileAtomically(opts.reportFile, `${JSON.stringify(toSarif(findings, { toolVersion: packageVersion() }), null, 2)}\n`);
    if (findings.some(isBlocking)) throw new PolicyViolationError(findings);
    app.synth();
    // The build specs teams commit to their application repositories: build-specs/<team>-<model>.yaml.
    writeBuildSpecs(app, tmp);
    const stacks = readdirSync(join(tmp, 'stacks')).sort();
    opts.beforeReplace?.(tmp);
    replaceDir(tmp, outDir);
    return { stacks, findings };
  } catch (err) {
    rmSync(tmp, { recursive: true, force: true });
    throw err;
  }
}

function writeFileAtomically(file: string, content: string): void {
  mkdirSync(dirname(resolve(file)), { recursive: true });
  const tmp = `${file}.tmp-${process.pid}`;
  writeFileSync(tmp, content);
  renameSync(tmp, file);
}

function packageVersion(): string {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return (require('../package.json') as { version: string }).version;
}
