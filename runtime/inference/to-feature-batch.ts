import { type ErrorDetail, InferenceError } from './inference-error';
import { type FeatureBatch } from './types';

/** Limits and expectations for the rows of one request. */
export interface FeatureBatchSpec {
  /** Features per row (the model's input width). */
  readonly features: number;
  /** Most rows in one request. */
  readonly maxBatch: number;
  /** Element type of the model input; float32 also bounds values to ±3.4e38. */
  readonly type: 'float32' | 'float64';
  /** Accept a flat list of numbers as one row (the design's `{"features": [..]}`). */
  readonly allowSingleRow: boolean;
}

const FLOAT32_MAX = 3.4028234663852886e38;
const MAX_DETAILS = 10;

function describe(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'an array';
  if (typeof v === 'string') return `the string ${JSON.stringify(v.length > 20 ? `${v.slice(0, 20)}...` : v)}`;
  return typeof v === 'object' ? 'an object' : `${typeof v} ${String(v)}`;
}

/**
 * Turns the rows of a request (already parsed JSON) into a typed row-major matrix, checking every
 * value: rows are arrays of exactly `features` finite numbers (float32 models: within ±3.4e38), the
 * batch is not empty and holds at most `maxBatch` rows.
 *
 * @param value the JSON value holding the rows (`features`, `instances`, or OIP `data` reshaped)
 * @param path JSON Pointer of `value` in the body, used in error details
 * @param spec feature count, batch limit, element type, single-row form allowed or not
 * @returns the batch: row count, data, and whether it came in the single-row form
 * @throws InferenceError 400 `invalid_request` with up to 10 details naming each bad path;
 *   413 `batch_too_large` above `maxBatch` rows
 * @example
 * toFeatureBatch([[1, 2], [3, 4]], '/instances', { features: 2, maxBatch: 10, type: 'float32', allowSingleRow: false });
 * // { rows: 2, single: false, data: Float32Array [1, 2, 3, 4], source: [[1, 2], [3, 4]] }
 */
export function toFeatureBatch(value: unknown, path: string, spec: FeatureBatchSpec): FeatureBatch {
  const F = spec.features;
  const bad = (details: ErrorDetail[]) =>
    new InferenceError(400, 'invalid_request', `${details.length === 1 ? details[0]!.path : path} ${details[0]!.message}${details.length > 1 ? ` (and ${details.length - 1} more problems)` : ''}`, details);
  if (!Array.isArray(value)) {
    throw bad([{ path, message: `must be ${spec.allowSingleRow ? `a list of ${F} numbers or ` : ''}a list of rows of ${F} numbers, got ${describe(value)}` }]);
  }
  if (value.length === 0) throw bad([{ path, message: 'must hold at least one row, got an empty list' }]);
  const single = spec.allowSingleRow && !Array.isArray(value[0]);
  const rows: unknown[] = single ? [value] : value;
  if (rows.length > spec.maxBatch) {
    throw new InferenceError(413, 'batch_too_large', `${path} holds ${rows.length} rows; the limit is ${spec.maxBatch} per request`, [
      { path, message: `at most ${spec.maxBatch} rows` },
    ]);
  }
  const data = spec.type === 'float32' ? new Float32Array(rows.length * F) : new Float64Array(rows.length * F);
  const limit = spec.type === 'float32' ? FLOAT32_MAX : Number.MAX_VALUE;
  const details: ErrorDetail[] = [];
  for (let r = 0; r < rows.length && details.length < MAX_DETAILS; r++) {
    const row = rows[r];
    const rowPath = single ? path : `${path}/${r}`;
    if (!Array.isArray(row)) {
      details.push({ path: rowPath, message: `must be a list of ${F} numbers, got ${describe(row)}` });
      continue;
    }
    if (row.length !== F) {
      details.push({ path: rowPath, message: `must have ${F} features, got ${row.length}` });
      continue;
    }
    for (let j = 0; j < F; j++) {
      const v = row[j];
      if (typeof v !== 'number' || !(Math.abs(v) <= limit)) {
        details.push({
          path: `${rowPath}/${j}`,
          message: typeof v === 'number' ? `must be a finite number${spec.type === 'float32' ? ' within ±3.4e38' : ''}, got ${v}` : `must be a number, got ${describe(v)}`,
        });
        if (details.length >= MAX_DETAILS) break;
        continue;
      }
      data[r * F + j] = v;
    }
  }
  if (details.length) throw bad(details);
  return { rows: rows.length, data, single, source: rows as number[][] };
}
