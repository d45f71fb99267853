/**
 * Runs every `npx oci-mlops` command that README.md, docs/*.md and examples/ show, exactly as written, in
 * a copy of the repository's tracked files (what a fresh clone holds: no dist/, no cdktf.out/) that shares
 * this checkout's node_modules (what `npm ci` installed). Synopses with placeholders (`...`, `<file>`,
 * `[options]`) are listed as skipped; everything else must exit 0.
 *
 *   tsx scripts/ci/check-doc-commands.ts
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { type DocCommand, extractDocCommands, isTemplate, runnableScript } from './doc-commands';

const root = resolve(__dirname, '../..');

/** README.md, docs/*.md and every Markdown file under examples/. */
function documentationFiles(): string[] {
  const under = (dir: string): string[] =>
    readdirSync(join(root, dir), { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? under(join(dir, e.name)) : e.name.endsWith('.md') ? [join(dir, e.name)] : []));
  return ['README.md', ...under('docs'), ...under('examples')].sort();
}

/** A fresh clone's files: the tracked files of the working tree, with this checkout's node_modules. */
function cleanCopy(dir: string): string {
  const copy = join(dir, 'repo');
  const tar = spawnSync('bash', ['-c', `mkdir -p "${copy}" && git ls-files -z | tar --null --ignore-failed-read -T - -cf - | tar -xf - -C "${copy}"`], { cwd: root, stdio: 'inherit' });
  if (tar.status !== 0) throw new Error('check-doc-commands: copying the tracked files failed');
  if (existsSync(join(copy, 'dist'))) throw new Error('check-doc-commands: dist/ is tracked; a fresh clone would have it');
  symlinkSync(join(root, 'node_modules'), join(copy, 'node_modules'));
  return copy;
}

function run(command: DocCommand, cwd: string, env: NodeJS.ProcessEnv): boolean {
  const started = Date.now();
  const result = spawnSync('bash', ['-euo', 'pipefail', '-c', runnableScript(command.script)], { cwd, env, encoding: 'utf8', timeout: 600_000 });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  const ok = result.status === 0;
  process.stdout.write(`${ok ? 'ok  ' : 'FAIL'} ${command.file}:${command.line} (${seconds} s) ${command.script.split('\n').find((l) => l.includes('npx oci-mlops'))!.trim()}\n`);
  if (!ok) process.stdout.write(`${result.stdout}${result.stderr}${result.error ? `${result.error.message}\n` : ''}exit ${result.status ?? result.signal}\n`);
  return ok;
}

function main(): number {
  const commands = documentationFiles().flatMap((f) => extractDocCommands(f, readFileSync(join(root, f), 'utf8')));
  const scratch = mkdtempSync(join(tmpdir(), 'doc-commands-'));
  try {
    const cwd = cleanCopy(scratch);
    // npx installs the project into its cache to link the bin: keep that cache in the scratch directory.
    const env = { ...process.env, npm_config_cache: join(scratch, 'npm-cache') };
    let ran = 0;
    let failed = 0;
    for (const command of commands) {
      if (isTemplate(command.script)) {
        process.stdout.write(`skip ${command.file}:${command.line} (synopsis with placeholders) ${command.script.split('\n')[0]}\n`);
        continue;
      }
      ran += 1;
      if (!run(command, cwd, env)) failed += 1;
    }
    process.stdout.write(`doc-commands: ${ran} run, ${commands.length - ran} skipped, ${failed} failed\n`);
    return failed > 0 || ran === 0 ? 1 : 0;
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

process.exitCode = main();
