import { spawnSync } from 'node:child_process';
import { chownSync, existsSync, lstatSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { isAbsolute, join, normalize, posix, relative } from 'node:path';
import { copyIntoRoot } from './copy-into-root';
import { hashTree, type LayerCache, nextLayerKey } from './layer-cache';
import { planRunCommand } from './plan-run-command';
import { type Toolchain } from './prepare-toolchain';
import { type DockerfileModel, type DockerStage } from './read-dockerfile';

/** Longest one RUN step may take (a root `npm ci` takes 1-4 minutes here). */
const RUN_TIMEOUT_SEC = 15 * 60;

/**
 * The users a base image has, by name: the official node images create `node` with uid 1000 (their
 * Dockerfile's `useradd --uid 1000 ... node`); other images only root. Facts of images this check cannot pull.
 */
function baseImageUsers(baseName: string): Record<string, number> {
  return baseName === 'node' || baseName.endsWith('/node') ? { root: 0, node: 1000 } : { root: 0 };
}

/** What assembling needs besides the Dockerfile. */
export interface AssembleOptions {
  /** The build context (the repository root, or the Dockerfile's folder for MLflow). */
  readonly context: string;
  /** A scratch folder for this image's stage roots and logs, outside any node_modules tree. */
  readonly workDir: string;
  readonly toolchain: Toolchain;
  readonly npmCache: string;
  readonly layerCache: LayerCache;
  /** One line per step, as it starts. */
  readonly log: (line: string) => void;
}

/** The final image as a folder on this machine, with the configuration Docker would record. */
export interface AssembledImage {
  /** The final stage's root: `/function` in the image is `<root>/function`. */
  readonly root: string;
  readonly workdir: string;
  readonly env: Readonly<Record<string, string>>;
  readonly user?: string;
  /** The numeric uid of `user`, when known (base image users and `useradd --uid`). */
  readonly uid?: number;
  /** ENTRYPOINT followed by CMD, exec form. */
  readonly argv: readonly string[];
  /** Steps that needed the base image or root on it and were recorded, not run (one line each, with the Dockerfile line). */
  readonly notRun: readonly string[];
  /** Base images, with what stands in for them here. */
  readonly bases: readonly string[];
}

interface StageState {
  root: string;
  workdir: string;
  env: Record<string, string>;
  user?: string;
  entrypoint?: readonly string[];
  cmd?: readonly string[];
  key: string;
}

/**
 * Builds an image's contents the way its Dockerfile does, without Docker: each stage is a folder
 * acting as its root; COPY and ADD copy from the build context or an earlier stage; RUN runs its
 * shell command in the stage's WORKDIR with the stage's ENV, the base image's npm version and
 * recording shims for system commands (see planRunCommand); slow RUN results are shared between
 * images through the layer cache, keyed like Docker's.
 *
 * @param model - the parsed Dockerfile
 * @param options - see AssembleOptions
 * @returns the final image
 * @throws Error naming the Dockerfile line when a step fails or cannot be reproduced
 */
export function assembleImage(model: DockerfileModel, options: AssembleOptions): AssembledImage {
  const states: StageState[] = [];
  const notRun: string[] = [];
  const bases: string[] = [];
  const stageUsers: Record<string, number>[] = [];
  const where = (line: number) => `${relative(process.cwd(), model.file)}:${line}`;
  const shimLog = join(options.workDir, 'system-commands.log');

  for (const stage of model.stages) {
    const root = join(options.workDir, `stage-${stage.index}${stage.name ? `-${stage.name}` : ''}`);
    rmSync(root, { recursive: true, force: true });
    const parent = states.find((_, i) => model.stages[i]!.name === stage.base);
    const state: StageState = parent
      ? { ...parent, env: { ...parent.env }, root, key: nextLayerKey(parent.key, 'FROM-stage') }
      : { root, workdir: '/', env: {}, key: nextLayerKey('', 'FROM', stage.base, process.version, options.toolchain.npmVersion) };
    const parentIndex = states.indexOf(parent!);
    const users = parent ? { ...stageUsers[parentIndex]! } : baseImageUsers(stage.baseName);
    stageUsers.push(users);
    if (parent) spawnOrThrow('cp', ['-a', `${parent.root}/.`, root], where(stage.line));
    else bases.push(describeBase(stage, where(stage.line)));
    mkdirSync(root, { recursive: true });
    options.log(`${where(stage.line)} FROM ${stage.base}${stage.name ? ` AS ${stage.name}` : ''}`);

    for (const step of stage.steps) {
      const at = where(step.line);
      switch (step.kind) {
        case 'WORKDIR':
          state.workdir = posix.resolve(state.workdir, step.path);
          mkdirSync(inRoot(root, state.workdir), { recursive: true });
          state.key = nextLayerKey(state.key, 'WORKDIR', state.workdir);
          break;
        case 'ENV':
          for (const [k, v] of step.vars) state.env[k] = v;
          state.key = nextLayerKey(state.key, 'ENV', JSON.stringify(step.vars));
          break;
        case 'USER':
          state.user = step.user;
          state.key = nextLayerKey(state.key, 'USER', step.user);
          break;
        case 'ENTRYPOINT':
          state.entrypoint = step.argv ?? ['/bin/sh', '-c', step.command!];
          state.cmd = undefined;
          break;
        case 'CMD':
          state.cmd = step.argv ?? ['/bin/sh', '-c', step.command!];
          break;
        case 'METADATA':
          break;
        case 'COPY':
        case 'ADD': {
          options.log(`${at} ${step.kind}${step.from ? ` --from=${step.from}` : ''} ${step.sources.join(' ')} ${step.dest}`);
          const from = step.from === undefined ? undefined : states.find((_, i) => model.stages[i]!.name === step.from || String(i) === step.from);
          if (step.from !== undefined && !from) throw new Error(`${at}: COPY --from=${step.from} names no earlier stage (copying from another image cannot be checked without Docker)`);
          const destPath = posix.resolve(state.workdir, step.dest);
          const intoDir = step.dest.endsWith('/') || step.sources.length > 1;
          const written: string[] = [];
          const hashes: string[] = [];
          for (const source of step.sources) {
            if (/[*?[]/.test(source)) throw new Error(`${at}: ${step.kind} source ${source}: wildcards are not supported by this check`);
            if (step.kind === 'ADD' && (/^[a-z]+:\/\//.test(source) || /\.(tar|tgz|tar\.\w+)$/.test(source))) {
              throw new Error(`${at}: ADD ${source}: remote sources and archive extraction are not supported; use COPY`);
            }
            const src = from ? inRoot(from.root, posix.resolve('/', source)) : join(options.context, normalize(source));
            if (!from && relative(options.context, src).startsWith('..')) throw new Error(`${at}: ${step.kind} source ${source} is outside the build context`);
            if (!existsSync(src)) {
              throw new Error(`${at}: ${step.kind} source ${source} does not exist ${from ? `in stage ${step.from}` : `in the build context ${options.context}`}`);
            }
            written.push(...copyIntoRoot(src, inRoot(root, destPath), intoDir));
            hashes.push(from ? from.key : hashTree(src));
          }
          if (step.chown) chownTree(written, step.chown, users, at);
          if (step.chmod) notRun.push(`${at}: ${step.kind} --chmod=${step.chmod} (modes are not changed here)`);
          state.key = nextLayerKey(state.key, step.kind, JSON.stringify([step.sources, step.dest, step.from, step.chown, step.chmod]), ...hashes);
          break;
        }
        case 'RUN': {
          const command = step.command ?? step.argv!.map((a) => `'${a.replace(/'/g, `'\\''`)}'`).join(' ');
          const plan = planRunCommand(command);
          if (plan.problems.length) throw new Error(`${at}: RUN cannot be reproduced without Docker: ${plan.problems.join('; ')}`);
          for (const [name, uid] of Object.entries(plan.users)) {
            const holder = Object.entries(users).find(([n, u]) => u === uid && n !== name)?.[0];
            const nonUnique = plan.commands.some((c) => c.program === 'useradd' && c.args.includes(name) && (c.args.includes('-o') || c.args.includes('--non-unique')));
            if (holder && !nonUnique) {
              throw new Error(`${at}: RUN useradd --uid ${uid} ${name} would fail in ${stage.base}: uid ${uid} is already user ${holder} there (useradd refuses a duplicate uid); use USER ${holder}`);
            }
            users[name] = uid;
          }
          state.key = nextLayerKey(state.key, 'RUN', command);
          const cwd = inRoot(root, state.workdir);
          if (options.layerCache.restore(state.key, root)) {
            options.log(`${at} RUN ${command}  (layer cache)`);
            recordShims(plan, at, notRun);
            break;
          }
          options.log(`${at} RUN ${command}`);
          const started = Date.now();
          mkdirSync(cwd, { recursive: true });
          rmSync(shimLog, { force: true });
          // `timeout` kills the step's whole process group: a step waiting on a host this machine cannot reach must not hold CI.
          const r = spawnSync('timeout', ['-s', 'KILL', String(RUN_TIMEOUT_SEC), '/bin/sh', '-c', command], {
            cwd,
            encoding: 'utf8',
            maxBuffer: 256 * 1024 * 1024,
            env: {
              ...state.env,
              HOME: process.env.HOME ?? '/root',
              PATH: [options.toolchain.shimBin, options.toolchain.npmBin, options.toolchain.nodeBin, '/usr/local/bin', '/usr/bin', '/bin'].join(':'),
              npm_config_cache: options.npmCache,
              npm_config_update_notifier: 'false',
              OCI_MLOPS_SHIM_LOG: shimLog,
            },
          });
          if (r.status !== 0) {
            const tail = `${r.stdout}\n${r.stderr}`.trim().split('\n').slice(-40).join('\n');
            const why = r.status === 137 ? `was killed after ${RUN_TIMEOUT_SEC} s` : `exited ${r.status ?? r.signal}`;
            throw new Error(`${at}: RUN ${command} ${why}:\n${tail}`);
          }
          recordShims(plan, at, notRun);
          options.log(`${at} RUN done in ${Math.round((Date.now() - started) / 1000)} s`);
          if (Date.now() - started > 10_000) options.layerCache.save(state.key, root);
          break;
        }
      }
    }
    states.push(state);
  }
  const final = states.at(-1)!;
  const argv = [...(final.entrypoint ?? []), ...(final.cmd ?? [])];
  if (argv.length === 0) throw new Error(`${where(model.stages.at(-1)!.line)}: the final stage has no ENTRYPOINT or CMD`);
  const finalUsers = stageUsers.at(-1)!;
  const uid = final.user === undefined ? undefined : /^\d+(:\d+)?$/.test(final.user) ? Number(final.user.split(':')[0]) : finalUsers[final.user.split(':')[0]!];
  if (final.user !== undefined && uid === undefined) {
    throw new Error(`${where(model.stages.at(-1)!.line)}: USER ${final.user} is neither a user of the base image (${Object.keys(finalUsers).join(', ')}) nor created with useradd --uid in a RUN step`);
  }
  return { root: final.root, workdir: final.workdir, env: final.env, user: final.user, uid, argv, notRun, bases };
}

/** The path of `path` (absolute in the image) inside `root`. */
export function inRoot(root: string, path: string): string {
  if (!isAbsolute(path)) throw new Error(`inRoot: expected an absolute image path, got ${path}`);
  return join(root, posix.normalize(path));
}

/** Says what stands in for a base image, and fails when this machine's Node.js major version differs from a node image's tag. */
function describeBase(stage: DockerStage, at: string): string {
  const node = process.versions.node;
  if (stage.baseName === 'node' || stage.baseName.endsWith('/node')) {
    const major = /^(\d+)/.exec(stage.baseTag ?? '')?.[1];
    if (major && major !== node.split('.')[0]) throw new Error(`${at}: FROM ${stage.base} is Node.js ${major}, this machine has ${node}: the check would not test the image's runtime`);
    return `${at}: FROM ${stage.base}: base image contents not available (no Docker engine); Node.js ${node} of this machine stands in (same major), npm as the image ships it`;
  }
  return `${at}: FROM ${stage.base}: base image contents not available (no Docker engine); nothing of it is run here`;
}

function recordShims(plan: ReturnType<typeof planRunCommand>, at: string, notRun: string[]): void {
  for (const c of plan.commands) if (c.action === 'record') notRun.push(`${at}: RUN ${c.program} ${c.args.join(' ')} (needs the base image and root in it)`);
}

/** `--chown=<user>[:<group>]` on the written paths, when this process may change owners. */
function chownTree(paths: string[], spec: string, users: Record<string, number>, at: string): void {
  const [u, g] = spec.split(':') as [string, string | undefined];
  const uid = /^\d+$/.test(u) ? Number(u) : users[u];
  const gid = g === undefined ? uid : /^\d+$/.test(g) ? Number(g) : users[g];
  if (uid === undefined || gid === undefined) throw new Error(`${at}: --chown=${spec} names a user this check does not know`);
  if (process.getuid?.() !== 0) return;
  const walk = (p: string) => {
    chownSync(p, uid, gid);
    if (lstatSync(p).isDirectory()) for (const e of readdirSync(p)) walk(join(p, e));
  };
  for (const p of paths) walk(p);
}

function spawnOrThrow(cmd: string, args: string[], at: string): void {
  const r = spawnSync(cmd, args, { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`${at}: ${cmd} ${args.join(' ')} failed: ${r.stderr}`);
}

/** Total size in bytes of a folder (what the image's layers would hold, roughly). */
export function folderBytes(path: string): number {
  const s = lstatSync(path);
  if (!s.isDirectory()) return s.size;
  return readdirSync(path).reduce((sum, e) => sum + folderBytes(join(path, e)), 0);
}

/** True when a file exists in the image (absolute image path). */
export function imageHasFile(image: AssembledImage, path: string): boolean {
  const p = inRoot(image.root, path);
  return existsSync(p) && statSync(p).isFile();
}

/** Reads a file of the image (absolute image path). */
export function readImageFile(image: AssembledImage, path: string): string {
  return readFileSync(inRoot(image.root, path), 'utf8');
}
