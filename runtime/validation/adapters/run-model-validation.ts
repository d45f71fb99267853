import { performance } from 'node:perf_hooks';
import * as ort from 'onnxruntime-node';
import { DataSession, type DataTable, TableCellError, type TableFormat, TableInputError } from '../../data';
import { checkLimits } from '../check-limits';
import { classificationMetrics } from '../classification-metrics';
import { encodeClassLabels } from '../encode-class-labels';
import { evaluateThresholds } from '../evaluate-thresholds';
import { latencyPercentiles } from '../latency-percentiles';
import { planModelInputs } from '../plan-model-inputs';
import { planModelOutputs } from '../plan-model-outputs';
import { regressionMetrics } from '../regression-metrics';
import { type ValidationLimits, type ValidationResult, type ValidationTask } from '../types';
import { ValidationInputError } from '../validation-input-error';
import { openValidationModel } from './open-validation-model';
import { type InputColumns, readInputColumns } from './read-input-columns';

export interface ModelValidationOptions {
  /** The `.onnx` file. */
  readonly model: string;
  /** The hold-out table: a CSV (header row, one record per example), CSV.gz or Parquet file, local or `oci://`. */
  readonly data: string;
  /** @default - from the name of `data` */
  readonly format?: TableFormat;
  /** The label column. */
  readonly label: string;
  /** @default - inferred from the model's outputs */
  readonly task?: ValidationTask;
  /** @default - every column but the label, in file order */
  readonly features?: readonly string[];
  readonly limits?: ValidationLimits;
  /** Timed single-row runs for the latency percentiles. @default 200 */
  readonly latencyRuns?: number;
  /** Untimed runs before them (JIT, allocator and cache warm-up). @default 20 */
  readonly warmupRuns?: number;
  /** Rows per ONNX Runtime call when scoring the whole set. @default 4096 */
  readonly batchRows?: number;
}

type Feeds = Record<string, ort.Tensor>;

function feedsFor(columns: readonly InputColumns[], start: number, end: number): Feeds {
  const feeds: Feeds = {};
  for (const c of columns) {
    const data = c.data instanceof Array ? c.data.slice(start * c.width, end * c.width) : c.data.subarray(start * c.width, end * c.width);
    feeds[c.input] = new ort.Tensor(c.type, data, c.rank1 ? [end - start] : [end - start, c.width]);
  }
  return feeds;
}

function positiveInteger(flag: string, value: number, min: number): number {
  if (!Number.isInteger(value) || value < min) throw new ValidationInputError(`${flag} must be an integer >= ${min}, got ${value}`);
  return value;
}

/** The regression target as numbers, one per row (an empty or non-numeric cell is refused). */
async function numericLabels(table: DataTable, label: string): Promise<Float64Array> {
  const what = '(the regression target)';
  let values: Float64Array;
  try {
    values = (await table.numeric([label], { nulls: 'nan' })).get(label)!.values;
  } catch (err) {
    throw new ValidationInputError(err instanceof TableCellError ? `${err.message} ${what}` : (err as Error).message);
  }
  const empty = values.findIndex((v) => Number.isNaN(v));
  if (empty >= 0) throw new ValidationInputError(`${table.source}: column ${JSON.stringify(label)} ${table.rowLabel(empty)}: an empty cell is not a finite number ${what}`);
  return values;
}

/** Opens the hold-out table, mapping its errors to unusable input. */
async function openData(session: DataSession, data: string, format: TableFormat | undefined): Promise<DataTable> {
  try {
    return await session.open(data, { format });
  } catch (err) {
    if (err instanceof TableInputError) throw new ValidationInputError(err.message);
    throw err;
  }
}

/**
 * Runs a model over a hold-out CSV: checks its input and output signature against the columns,
 * computes the task's metrics on every row, times single-row runs for latency percentiles, and
 * checks the limits.
 *
 * @param opts - model, data, label column, task, feature selection, limits and run counts
 * @returns the measured result, thresholds included (`passed` is false when one failed)
 * @throws ValidationInputError for unusable input: unreadable files, missing columns, a signature
 *   that does not match the data, labels that are not classes of the model, out-of-range options
 * @example
 * const result = await runModelValidation({ model: 'models/iris-classifier.onnx', data: 'iris-holdout.csv', label: 'species', limits: { minAccuracy: 0.9 } });
 */
export async function runModelValidation(opts: ModelValidationOptions): Promise<ValidationResult> {
  const latencyRuns = positiveInteger('--latency-runs', opts.latencyRuns ?? 200, 1);
  const warmupRuns = positiveInteger('--warmup-runs', opts.warmupRuns ?? 20, 0);
  const batchRows = positiveInteger('batchRows', opts.batchRows ?? 4096, 1);
  const data = await DataSession.create();
  try {
    return await validate(opts, await openData(data, opts.data, opts.format), { latencyRuns, warmupRuns, batchRows });
  } finally {
    await data.close();
  }
}

async function validate(opts: ModelValidationOptions, table: DataTable, runs: { latencyRuns: number; warmupRuns: number; batchRows: number }): Promise<ValidationResult> {
  const { latencyRuns, warmupRuns, batchRows } = runs;
  const { session, signature } = await openValidationModel(opts.model);
  try {
    const inputs = planModelInputs(signature.inputs, table.columnNames, { label: opts.label, features: opts.features, source: opts.data });
    const outputs = planModelOutputs(signature.outputs, signature.classLabels, opts.task);
    const limits = opts.limits ?? {};
    checkLimits(limits, outputs.task);
    const { rows: n, columns } = await readInputColumns(table, inputs);
    const fetches = outputs.task === 'regression' ? [outputs.valueOutput] : [outputs.labelOutput, outputs.scoreOutput].filter((o): o is string => o !== null);
    const run = async (start: number, end: number) => {
      try {
        return await session.run(feedsFor(columns, start, end), fetches);
      } catch (err) {
        throw new ValidationInputError(`${opts.model}: ONNX Runtime failed on rows ${start + 1}..${end} of ${opts.data}: ${(err as Error).message}`);
      }
    };

    let metrics: ValidationResult['metrics'];
    let aucUnavailable: string | null = null;
    let classes: (string | number)[] | null = null;
    if (outputs.task === 'regression') {
      const yTrue = await numericLabels(table, opts.label);
      const yPred = new Float64Array(n);
      for (let start = 0; start < n; start += batchRows) {
        const end = Math.min(n, start + batchRows);
        const out = await run(start, end);
        const values = out[outputs.valueOutput]!.data as Float32Array | Float64Array;
        if (values.length !== end - start) throw new ValidationInputError(`${opts.model}: output ${outputs.valueOutput} gave ${values.length} values for ${end - start} rows; one target per row is expected`);
        yPred.set(values, start);
      }
      try {
        metrics = regressionMetrics(yTrue, yPred);
      } catch (err) {
        throw new ValidationInputError(`${opts.data}: ${(err as Error).message}`);
      }
    } else {
      const encoded = encodeClassLabels(await table.categorical(opts.label, { trim: true }), outputs.classes, opts.label);
      classes = encoded.classes;
      const known = outputs.classes !== null;
      const k = known ? classes.length : 0;
      const yPred: number[] = new Array<number>(n);
      const scores = outputs.scoreOutput ? new Float64Array(n * k) : null;
      for (let start = 0; start < n; start += batchRows) {
        const end = Math.min(n, start + batchRows);
        const out = await run(start, end);
        if (scores) scores.set(out[outputs.scoreOutput!]!.data as Float32Array | Float64Array, start * k);
        if (outputs.labelOutput) {
          const raw = out[outputs.labelOutput]!.data as string[] | BigInt64Array | Int32Array;
          for (let r = 0; r < end - start; r++) {
            const v = raw[r]!;
            const key = typeof v === 'bigint' ? Number(v) : v;
            let index = classes.indexOf(key);
            if (index < 0) {
              if (known) throw new ValidationInputError(`${opts.model}: label output ${outputs.labelOutput} gave ${JSON.stringify(key)}, which is not one of the model's classes (${classes.join(', ')})`);
              index = classes.push(key) - 1;
            }
            yPred[start + r] = index;
          }
        } else {
          for (let r = start; r < end; r++) {
            let best = 0;
            for (let c = 1; c < k; c++) if (scores![r * k + c]! > scores![r * k + best]!) best = c;
            yPred[r] = best;
          }
        }
      }
      let result;
      try {
        result = classificationMetrics(encoded.indices, yPred, scores, k);
      } catch (err) {
        // Only a model whose outputs disagree with its declared shape gets here (say, a score width unlike its class count).
        throw new ValidationInputError(`${opts.model}: ${(err as Error).message}`);
      }
      metrics = result.metrics;
      aucUnavailable = result.aucUnavailable;
    }

    const durations = new Float64Array(latencyRuns);
    for (let i = 0; i < warmupRuns + latencyRuns; i++) {
      const row = i % n;
      const feeds = feedsFor(columns, row, row + 1);
      const t0 = performance.now();
      await session.run(feeds, fetches);
      if (i >= warmupRuns) durations[i - warmupRuns] = performance.now() - t0;
    }
    const latency = latencyPercentiles(durations);
    const thresholds = evaluateThresholds(limits, metrics, latency, aucUnavailable);
    return {
      model: opts.model, data: opts.data, label: opts.label, task: outputs.task, nRows: n, inputs, outputs, classes,
      metrics, aucUnavailable, latency, latencyRuns, warmupRuns, thresholds, passed: thresholds.every((t) => t.passed),
    };
  } finally {
    await session.release();
  }
}
