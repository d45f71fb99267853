import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type SampleInput } from '../../../../scripts/fixtures/drift/sample-data';

const root = join(__dirname, '..', '..', '..', '..');
const generator = join(root, 'scripts', 'fixtures', 'drift', 'generate.py');

export interface DriftReference {
  scipy: string;
  ks: { name: string; a: SampleInput; b: SampleInput; method: 'auto' | 'exact' | 'asymp'; statistic: number; pvalue: number }[];
  kstwo: { n: number; d: number; sf: number }[];
  smirnov: { n: number; d: number; sf: number }[];
  numeric: (
    | { kind: 'psi'; a: SampleInput; b: SampleInput; bins: number; epsilon: number; value: number; edges: number[] }
    | { kind: 'wasserstein'; a: SampleInput; b: SampleInput; value: number; normalised: number }
  )[];
  categorical: {
    spec_a: [number, number, number, number];
    spec_b: [number, number, number, number];
    reference: Record<string, number>;
    current: Record<string, number>;
    statistic: number;
    pvalue: number;
    dof: number;
    jensenshannon: number;
  }[];
  jensenshannon: { p: number[]; q: number[]; value: number }[];
  corrections: { p: number[]; alpha: number; bh_rejected: boolean[]; bh_adjusted: number[]; bonferroni_adjusted: number[] }[];
}

/** The committed SciPy reference values. */
export function committedReference(): DriftReference {
  return JSON.parse(readFileSync(join(root, 'scripts', 'fixtures', 'drift', 'drift-reference.json'), 'utf8')) as DriftReference;
}

/** True when /usr/bin/python3 can import scipy and numpy (the live comparison runs only then). */
export function scipyAvailable(): boolean {
  if (!existsSync('/usr/bin/python3')) return false;
  try {
    execFileSync('/usr/bin/python3', ['-c', 'import scipy, numpy'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

/** Runs the fixture generator now and returns its output (not written to disk). */
export function liveReference(): DriftReference {
  return JSON.parse(execFileSync('/usr/bin/python3', [generator, '--stdout'], { maxBuffer: 64 << 20 }).toString()) as DriftReference;
}

/** |actual - expected| within a relative tolerance, or an absolute one (for values near 0). */
export function expectClose(actual: number, expected: number, rel: number, abs = 0, label = ''): void {
  const err = Math.abs(actual - expected);
  if (!(err <= abs || err <= rel * Math.abs(expected))) {
    throw new Error(`${label}: got ${actual}, expected ${expected} (abs err ${err}, rel err ${err / Math.abs(expected)})`);
  }
}
