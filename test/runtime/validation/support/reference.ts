import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export const ROOT = join(__dirname, '..', '..', '..', '..');
export const FIXTURES = join(ROOT, 'scripts', 'fixtures', 'validation');

export type MetricsRecord = Record<string, number>;

export interface ValidationReference {
  sklearn: string;
  metric_cases: (
    | { name: string; kind: 'classification'; y_true: number[]; y_pred: number[]; scores: number[][]; expected: MetricsRecord }
    | { name: string; kind: 'labels'; y_true: string[]; y_pred: string[]; expected: MetricsRecord }
    | { name: string; kind: 'regression'; y_true: number[]; y_pred: number[]; expected: MetricsRecord }
  )[];
  model_cases: { name: string; n_rows: number; min_top2_margin?: number; metrics: MetricsRecord }[];
}

export interface ModelCase {
  name: string;
  model: string;
  data: string;
  label: string;
  task: 'classification' | 'regression';
}

/** The committed scikit-learn reference values. */
export function committedReference(): ValidationReference {
  return JSON.parse(readFileSync(join(FIXTURES, 'validation-reference.json'), 'utf8')) as ValidationReference;
}

/** The committed test model cases (models.json), with paths made absolute. */
export function modelCases(): ModelCase[] {
  const spec = JSON.parse(readFileSync(join(FIXTURES, 'models.json'), 'utf8')) as { cases: ModelCase[] };
  return spec.cases.map((c) => ({ ...c, model: join(ROOT, c.model), data: join(FIXTURES, c.data) }));
}

/** True when /usr/bin/python3 can import scikit-learn and NumPy (the live comparison runs only then). */
export function sklearnAvailable(): boolean {
  if (!existsSync('/usr/bin/python3')) return false;
  try {
    execFileSync('/usr/bin/python3', ['-c', 'import sklearn, numpy'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

/** Runs the reference generator now and returns its output (not written to disk). */
export function liveReference(): ValidationReference {
  return JSON.parse(execFileSync('/usr/bin/python3', [join(FIXTURES, 'generate.py'), '--stdout'], { maxBuffer: 64 << 20 }).toString()) as ValidationReference;
}

export { expectClose } from '../../monitor/support/reference';
