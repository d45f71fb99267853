import { existsSync, renameSync, rmSync } from 'node:fs';

/**
 * Moves the finished directory `from` to `to`, replacing what was there. Both sit in the same parent
 * so the renames are atomic on one filesystem: a reader sees the old tree or the new one, never a mix.
 */
export function replaceDir(from: string, to: string): void {
  const old = `${to}.old-${process.pid}`;
  const hadOld = existsSync(to);
  if (hadOld) renameSync(to, old);
  try {
    renameSync(from, to);
  } catch (err) {
    if (hadOld) renameSync(old, to);
    throw err;
  }
  if (hadOld) rmSync(old, { recursive: true, force: true });
}
