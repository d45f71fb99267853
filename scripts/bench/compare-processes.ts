/**
 * Times whole commands as processes, ours and a peer's (a pandas script, say) side by side in the
 * same run: wall time and peak RSS of each, medians over several runs, printed as one table. This is
 * what users run, so it is the headline figure of every end-to-end benchmark (`bench:e2e`,
 * `bench:data-quality`, `bench:features`); engine-only timings are context.
 *
 * Peak RSS comes from GNU time (`/usr/bin/time -f %M`) when installed, else from the kernel's
 * rusage of the child (Node's `process.resourceUsage` in a wrapper would miss native allocations).
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { cpus } from 'node:os';

/** One command to time. */
export interface TimedCommand {
  readonly label: string;
  readonly argv: readonly string[];
  readonly env?: Readonly<Record<string, string>>;
  readonly cwd?: string;
}

/** Medians of one command over the runs. */
export interface ProcessFigures {
  readonly label: string;
  readonly seconds: number;
  readonly maxRssMb: number;
  readonly runs: number;
  /** The last run's stdout, for checksums. */
  readonly stdout: string;
}

const GNU_TIME = '/usr/bin/time';

export const median = (xs: readonly number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};

/**
 * Runs `command` `runs` times and returns the median wall time and peak RSS.
 *
 * @throws Error with the command's stderr when a run exits non-zero
 */
export function timeProcess(command: TimedCommand, runs: number): ProcessFigures {
  const seconds: number[] = [];
  const rss: number[] = [];
  let stdout = '';
  const useGnuTime = existsSync(GNU_TIME);
  for (let i = 0; i < runs; i++) {
    const argv = useGnuTime ? [GNU_TIME, '-f', 'BENCH_MAX_RSS_KB=%M', ...command.argv] : [...command.argv];
    const start = process.hrtime.bigint();
    const r = spawnSync(argv[0]!, argv.slice(1), { cwd: command.cwd, env: { ...process.env, ...command.env }, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
    seconds.push(Number(process.hrtime.bigint() - start) / 1e9);
    if (r.status !== 0) throw new Error(`${command.label}: exit ${r.status}\n${r.stderr}`);
    const kb = /BENCH_MAX_RSS_KB=(\d+)/.exec(r.stderr ?? '');
    rss.push(kb ? Number(kb[1]) / 1024 : Number.NaN);
    stdout = r.stdout;
  }
  return { label: command.label, seconds: median(seconds), maxRssMb: median(rss), runs, stdout };
}

/** The machine line every benchmark prints above its figures. */
export function machineLine(): string {
  const cpu = cpus();
  return `machine: ${cpu.length} x ${cpu[0]?.model.trim() ?? 'unknown CPU'}, Node ${process.version}`;
}

/**
 * Prints a table of ours vs the peer per case: seconds, peak RSS and the ratio peer/ours
 * (above 1: ours is faster).
 */
export function printComparison(rows: readonly { case: string; ours: ProcessFigures; peer?: ProcessFigures }[], write = (s: string) => process.stdout.write(s)): void {
  const head = ['case', 'oci-mlops', 'RSS', 'peer', 'RSS', 'peer / ours'];
  const body = rows.map((r) => [
    r.case,
    `${r.ours.seconds.toFixed(2)} s`,
    `${r.ours.maxRssMb.toFixed(0)} MB`,
    r.peer ? `${r.peer.seconds.toFixed(2)} s` : '-',
    r.peer ? `${r.peer.maxRssMb.toFixed(0)} MB` : '-',
    r.peer ? `${(r.peer.seconds / r.ours.seconds).toFixed(2)}x` : '-',
  ]);
  const widths = head.map((h, i) => Math.max(h.length, ...body.map((b) => b[i]!.length)));
  const line = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i]!)).join(' | ')} |\n`;
  write(line(head));
  write(line(widths.map((w) => '-'.repeat(w))));
  for (const b of body) write(line(b));
}

/** True when `/usr/bin/python3` imports every module named (pandas, scipy...). */
export function pythonHas(...modules: string[]): boolean {
  const r = spawnSync('/usr/bin/python3', ['-c', modules.map((m) => `import ${m}`).join('; ')], { encoding: 'utf8' });
  return r.status === 0;
}
