import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, lstatSync, mkdirSync, readdirSync, readFileSync, readlinkSync, rmSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Hashes a file or directory tree (relative paths, modes, contents, link targets): the part of a
 * COPY's layer key that comes from the build context.
 */
export function hashTree(path: string): string {
  const h = createHash('sha256');
  const walk = (p: string, rel: string) => {
    const s = lstatSync(p);
    h.update(`${rel}\0${s.mode}\0`);
    if (s.isDirectory()) for (const e of readdirSync(p).sort()) walk(join(p, e), `${rel}/${e}`);
    else if (s.isSymbolicLink()) h.update(readlinkSync(p));
    else h.update(readFileSync(p));
  };
  walk(path, '.');
  return h.digest('hex');
}

/** The next key of a stage's layer chain, as Docker's build cache keys a layer: the previous key plus the instruction and its inputs. */
export function nextLayerKey(previous: string, ...parts: string[]): string {
  return createHash('sha256').update([previous, ...parts].join('\0')).digest('hex');
}

/**
 * Stage roots after slow RUN steps, by layer key, kept as hard-linked copies (`cp -al`): the three
 * function images whose build stages run the same `npm ci` on the same lock file install it once.
 * Safe because later steps only add files or remove them (COPY removes a file before writing it).
 */
export class LayerCache {
  constructor(private readonly dir: string) {
    mkdirSync(dir, { recursive: true });
  }

  /** Restores the root saved under `key` into `root` (replacing it); false when none was saved. */
  restore(key: string, root: string): boolean {
    const saved = join(this.dir, key);
    if (!existsSync(saved)) return false;
    rmSync(root, { recursive: true, force: true });
    linkCopy(saved, root);
    return true;
  }

  /** Saves `root` under `key`. */
  save(key: string, root: string): void {
    const saved = join(this.dir, key);
    if (existsSync(saved)) return;
    linkCopy(root, saved);
  }
}

function linkCopy(from: string, to: string): void {
  const r = spawnSync('cp', ['-al', from, to], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`LayerCache: cp -al ${from} ${to} failed: ${r.stderr}`);
}
