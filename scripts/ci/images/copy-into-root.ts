import { copyFileSync, existsSync, lstatSync, mkdirSync, readdirSync, readlinkSync, rmSync, statSync, symlinkSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

/**
 * Copies `src` to `dest` the way COPY does: a directory's contents (not the directory itself) go
 * into `dest`; a file goes to `dest`, or into it when `intoDir`. Modes are kept; symbolic links are
 * copied as links. An existing file is removed before it is written, so a file hard-linked from the
 * layer cache is never changed in place.
 *
 * @param src - a file or directory on this machine
 * @param dest - the destination path on this machine
 * @param intoDir - the COPY destination is a directory (ends with `/` or several sources)
 * @returns the paths written (top level), for `--chown`
 */
export function copyIntoRoot(src: string, dest: string, intoDir: boolean): string[] {
  const s = statSync(src);
  if (s.isDirectory()) {
    mkdirSync(dest, { recursive: true });
    copyTree(src, dest);
    return [dest];
  }
  const target = intoDir || (existsSync(dest) && statSync(dest).isDirectory()) ? join(dest, basename(src)) : dest;
  mkdirSync(dirname(target), { recursive: true });
  copyEntry(src, target);
  return [target];
}

function copyTree(src: string, dest: string): void {
  for (const entry of readdirSync(src)) copyEntry(join(src, entry), join(dest, entry));
}

function copyEntry(src: string, dest: string): void {
  const s = lstatSync(src);
  if (s.isDirectory()) {
    if (existsSync(dest) && !lstatSync(dest).isDirectory()) rmSync(dest, { force: true });
    mkdirSync(dest, { recursive: true });
    copyTree(src, dest);
    return;
  }
  if (existsSync(dest) || isDanglingLink(dest)) rmSync(dest, { recursive: true, force: true });
  if (s.isSymbolicLink()) symlinkSync(readlinkSync(src), dest);
  else copyFileSync(src, dest);
}

function isDanglingLink(path: string): boolean {
  try {
    return lstatSync(path).isSymbolicLink();
  } catch {
    return false;
  }
}
