/**
 * Checks every image of the project without a Docker engine (docs/images.md): lints each Dockerfile,
 * assembles the image's contents the way the Dockerfile does (same npm commands on the same
 * package.json files, same copies, multi-stage, in scratch folders with no access to the
 * repository's node_modules), checks that every package its code requires is in it, then starts its
 * ENTRYPOINT/CMD with its ENV and sends it one real request (functions over the Fn FDK socket) or
 * runs it once (the job). Steps that need the base image are listed per image, never skipped silently.
 *
 * Usage: tsx scripts/ci/check-images.ts [--only name,name] [--lint-only] [--require-digests] [--keep]
 *          [--npm-cache DIR] [--npm VERSION]
 * Exit 0 when every image passes, 1 otherwise.
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { homedir, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { assembleImage, type AssembledImage, folderBytes } from './images/assemble-image';
import { findMissingModules } from './images/find-missing-modules';
import { IMAGE_CHECKS, type ImageCheck } from './images/image-checks';
import { LayerCache } from './images/layer-cache';
import { lintDockerfile } from './images/lint-dockerfile';
import { prepareToolchain, type Toolchain } from './images/prepare-toolchain';
import { readDockerfile } from './images/read-dockerfile';

const REPO = resolve(__dirname, '..', '..');

interface Outcome {
  readonly name: string;
  readonly ok: boolean;
  readonly assembleSec?: number;
  readonly probeSec?: number;
  readonly totalSec: number;
  readonly sizeMb?: number;
}

function usage(message: string): never {
  process.stderr.write(`check-images: ${message}\nusage: tsx scripts/ci/check-images.ts [--only name,name] [--lint-only] [--require-digests] [--keep] [--npm-cache DIR] [--npm VERSION]\n`);
  process.exit(1);
}

/** Dockerfiles under functions/ and runtime/, relative to the repository root. */
function findDockerfiles(): string[] {
  const found: string[] = [];
  const walk = (dir: string) => {
    for (const e of readdirSync(join(REPO, dir), { withFileTypes: true })) {
      if (e.isDirectory() && e.name !== 'node_modules') walk(join(dir, e.name));
      else if (e.isFile() && e.name === 'Dockerfile') found.push(join(dir, e.name));
    }
  };
  for (const top of ['functions', 'runtime']) walk(top);
  return found.sort();
}

/** Refuses a scratch folder under a node_modules tree: Node's resolution would find packages the image does not have. */
function assertIsolated(dir: string): void {
  for (let d = dir; d !== dirname(d); d = dirname(d)) {
    if (existsSync(join(d, 'node_modules'))) usage(`scratch folder ${dir} has ${join(d, 'node_modules')} above it: an image's code could load packages it does not contain; set TMPDIR elsewhere`);
  }
}

const secs = (ms: number) => Math.round(ms / 100) / 10;

async function checkImage(check: ImageCheck, opts: { lintOnly: boolean; requireDigests: boolean; scratch: string; toolchain?: Toolchain; npmCache: string; layerCache?: LayerCache }): Promise<Outcome> {
  const started = Date.now();
  const say = (line: string) => process.stdout.write(`  ${line}\n`);
  process.stdout.write(`\n--- ${check.name} (${check.dockerfile})\n`);
  let failed = false;
  const fail = (message: string) => {
    failed = true;
    process.stdout.write(`  FAIL ${message.replace(/\n/g, '\n       ')}\n`);
  };
  let model;
  try {
    model = readDockerfile(join(REPO, check.dockerfile));
  } catch (err) {
    fail((err as Error).message);
    return { name: check.name, ok: false, totalSec: secs(Date.now() - started) };
  }
  for (const f of lintDockerfile(model, { requireDigests: opts.requireDigests })) {
    const text = `${check.dockerfile}:${f.line}: [${f.rule}] ${f.message}`;
    if (f.level === 'error') fail(`lint ${text}`);
    else say(`note ${text}`);
  }
  if (opts.lintOnly) return { name: check.name, ok: !failed, totalSec: secs(Date.now() - started) };

  const workDir = join(opts.scratch, check.name);
  mkdirSync(workDir, { recursive: true });
  chmodSync(workDir, 0o755);
  let image: AssembledImage;
  const assembleStart = Date.now();
  try {
    image = assembleImage(model, {
      context: join(REPO, check.context), workDir, toolchain: opts.toolchain!, npmCache: opts.npmCache, layerCache: opts.layerCache!,
      log: (line) => say(`step ${line}`),
    });
  } catch (err) {
    fail(`assembling: ${(err as Error).message}`);
    return { name: check.name, ok: false, assembleSec: secs(Date.now() - assembleStart), totalSec: secs(Date.now() - started) };
  }
  const assembleSec = secs(Date.now() - assembleStart);
  const sizeMb = Math.round(folderBytes(image.root) / 1e5) / 10;
  for (const b of image.bases) say(`not checked ${b}`);
  for (const n of image.notRun) say(`not run ${n}`);
  say(`image: ${sizeMb} MB, WORKDIR ${image.workdir}, USER ${image.user ?? '(base default)'}${image.uid !== undefined ? ` (uid ${image.uid}${process.getuid?.() === 0 ? ', enforced' : ', not enforced: not root'})` : ''}, ENTRYPOINT+CMD ${JSON.stringify(image.argv)}`);

  const missing = findMissingModules(image.root, join(image.root, image.workdir)).filter((m) => !check.optionalModules?.[m.specifier]);
  for (const m of missing) fail(`/${m.file} requires '${m.specifier}', which is not in the image (add it to the image's package.json or copy it)`);
  if (!missing.length) say(`ok every package the image's code requires resolves inside it${check.optionalModules ? ` (optional: ${Object.entries(check.optionalModules).map(([k, v]) => `${k}: ${v}`).join('; ')})` : ''}`);

  const probeStart = Date.now();
  const probeDir = join(workDir, 'probe');
  mkdirSync(probeDir, { recursive: true });
  chmodSync(probeDir, 0o755);
  try {
    for (const line of await check.probe({ image, scratch: probeDir })) say(`ok ${line}`);
  } catch (err) {
    fail(`probe: ${(err as Error).message}`);
  }
  const probeSec = secs(Date.now() - probeStart);
  const totalSec = secs(Date.now() - started);
  say(`time: assemble ${assembleSec} s, probe ${probeSec} s, total ${totalSec} s`);
  return { name: check.name, ok: !failed, assembleSec, probeSec, totalSec, sizeMb };
}

async function main(): Promise<number> {
  let values;
  try {
    ({ values } = parseArgs({
      options: {
        only: { type: 'string' }, 'lint-only': { type: 'boolean' }, 'require-digests': { type: 'boolean' }, keep: { type: 'boolean' },
        'npm-cache': { type: 'string' }, npm: { type: 'string', default: '10.8.2' },
      },
    }));
  } catch (err) {
    usage((err as Error).message);
  }
  const only = values.only?.split(',').map((s) => s.trim()).filter(Boolean);
  const unknown = only?.filter((n) => !IMAGE_CHECKS.some((c) => c.name === n)) ?? [];
  if (unknown.length) usage(`--only: unknown image ${unknown.join(', ')}; images are ${IMAGE_CHECKS.map((c) => c.name).join(', ')}`);
  if (!/^\d+\.\d+\.\d+$/.test(values.npm)) usage(`--npm must be an npm version such as 10.8.2, got ${JSON.stringify(values.npm)}`);

  const started = Date.now();
  const outcomes: Outcome[] = [];
  const unlisted = findDockerfiles().filter((f) => !IMAGE_CHECKS.some((c) => c.dockerfile === f));
  for (const f of unlisted) {
    process.stdout.write(`FAIL ${f} is not in scripts/ci/images/image-checks.ts: add it with a probe\n`);
    outcomes.push({ name: f, ok: false, totalSec: 0 });
  }

  const lintOnly = values['lint-only'] ?? false;
  const npmCache = resolve(values['npm-cache'] ?? (spawnSync('npm', ['config', 'get', 'cache'], { encoding: 'utf8' }).stdout.trim() || join(homedir(), '.npm')));
  const scratch = mkdtempSync(join(tmpdir(), 'oci-mlops-images-'));
  chmodSync(scratch, 0o755);
  assertIsolated(scratch);
  let toolchain: Toolchain | undefined;
  if (!lintOnly) {
    const tools = join(process.env.XDG_CACHE_HOME ?? join(homedir(), '.cache'), 'oci-mlops', 'image-tools');
    toolchain = prepareToolchain(tools, values.npm, npmCache);
    process.stdout.write(`npm cache ${npmCache}; npm ${toolchain.npmVersion} for RUN steps (the node:20 images' npm); Node.js ${process.version} stands in for the base images'; scratch ${scratch}\n`);
  }
  const layerCache = lintOnly ? undefined : new LayerCache(join(scratch, '.layers'));
  try {
    for (const check of IMAGE_CHECKS.filter((c) => !only || only.includes(c.name))) {
      outcomes.push(await checkImage(check, { lintOnly, requireDigests: values['require-digests'] ?? false, scratch, toolchain, npmCache, layerCache }));
    }
  } finally {
    const cleanup = Date.now();
    if (values.keep) process.stdout.write(`\nkept ${scratch}\n`);
    // rm is several times faster than fs.rmSync on the stages' ~45,000 files each.
    else if (spawnSync('rm', ['-rf', scratch]).status !== 0) rmSync(scratch, { recursive: true, force: true });
    if (!values.keep) process.stdout.write(`\nremoved ${scratch} in ${secs(Date.now() - cleanup)} s\n`);
  }

  process.stdout.write('\nimage                   result  assemble s  probe s  total s  size MB\n');
  for (const o of outcomes) {
    process.stdout.write(`${o.name.padEnd(24)}${(o.ok ? 'ok' : 'FAIL').padEnd(8)}${String(o.assembleSec ?? '-').padStart(10)}${String(o.probeSec ?? '-').padStart(9)}${String(o.totalSec).padStart(9)}${String(o.sizeMb ?? '-').padStart(9)}\n`);
  }
  const failed = outcomes.filter((o) => !o.ok).length;
  process.stdout.write(`wall time ${secs(Date.now() - started)} s\nimages: ${outcomes.length - failed} passed, ${failed} failed\n`);
  return failed ? 1 : 0;
}

main().then((code) => {
  process.exitCode = code;
}, (err: Error) => {
  process.stderr.write(`check-images: ${err.stack ?? err.message}\n`);
  process.exitCode = 1;
});

