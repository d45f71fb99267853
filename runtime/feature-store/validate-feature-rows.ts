import { type FeatureGroupDefinition, type FeatureType } from './feature-group-schema';
import { entityKeyText } from './entity-key-text';
import { parseEventTime } from './parse-event-time';
import { type FeatureBatch, type FeatureValue } from './types';

export interface ValidateFeatureRowsOptions {
  /**
   * Accept every value as text, the way a CSV file carries it: an empty cell is null, `int64` and
   * `float64` are parsed as numbers, `bool` as true/false/1/0.
   * @default false
   */
  readonly fromText?: boolean;
  /**
   * How errors name a row.
   * @default - `row <index>` (0-based)
   */
  readonly rowLabel?: (index: number) => string;
  /**
   * Errors listed before the rest are summarised.
   * @default 10
   */
  readonly maxErrors?: number;
}

/** A validated batch and how many of the given rows a later row with the same (entity, event time) replaced. */
export interface ValidatedRows {
  readonly batch: FeatureBatch;
  readonly duplicates: number;
}

/**
 * Validates rows against a feature group definition and turns them into a column-wise batch with
 * one row per (entity, event time), the last given row winning among duplicates.
 *
 * Each row must have every entity key (a non-empty string or a whole number, stored as text) and
 * the event time (see `parseEventTime`); features may be absent or null; a column the group does not
 * define is an error. Nothing is returned unless every row is valid.
 *
 * @param definition the feature group definition
 * @param rows the rows as objects keyed by column name
 * @param opts text coercion and error labels
 * @returns the batch and the count of rows replaced by later duplicates
 * @throws Error naming the group, each bad row and column, the value and what is allowed
 * @example
 * const def = { name: 'trips', entityKeys: ['driver_id'], eventTimeColumn: 'ts', features: [{ name: 'trips_today', type: 'int64' as const }] };
 * validateFeatureRows(def, [{ driver_id: 'd1', ts: 1714557600, trips_today: 3 }]).batch.features; // [[3]]
 */
export function validateFeatureRows(
  definition: FeatureGroupDefinition,
  rows: readonly Readonly<Record<string, unknown>>[],
  opts: ValidateFeatureRowsOptions = {},
): ValidatedRows {
  const known = knownColumns(definition);
  return validateCells(definition, rows.length, (column, i) => rows[i]![column], (i) => Object.keys(rows[i]!).filter((c) => !known.has(c)), opts);
}

/**
 * `validateFeatureRows` for a table held as columns (a file read by DuckDB): the same checks, labels
 * and batch, without an object per row. A column the group does not define fails the table once,
 * before any row is read.
 *
 * @param definition the feature group definition
 * @param columns the table's columns by name, each `length` values long
 * @param length the number of rows
 * @param opts text coercion and error labels
 * @returns the batch and the count of rows replaced by later duplicates
 * @throws Error naming the group, each bad row and column, the value and what is allowed
 * @example
 * const def = { name: 'trips', entityKeys: ['driver_id'], eventTimeColumn: 'ts', features: [{ name: 'trips_today', type: 'int64' as const }] };
 * validateFeatureColumns(def, new Map([['driver_id', ['d1']], ['ts', ['1714557600']], ['trips_today', ['3']]]), 1, { fromText: true }).batch.features; // [[3]]
 */
export function validateFeatureColumns(
  definition: FeatureGroupDefinition,
  columns: ReadonlyMap<string, readonly unknown[]>,
  length: number,
  opts: ValidateFeatureRowsOptions = {},
): ValidatedRows {
  const known = knownColumns(definition);
  const unknown = [...columns.keys()].filter((c) => !known.has(c));
  if (unknown.length) {
    throw new Error(`validateFeatureColumns: group "${definition.name}": unknown column(s) ${unknown.map((c) => `"${c}"`).join(', ')}, nothing was written; the group defines ${[...known].join(', ')}`);
  }
  return validateCells(definition, length, (column, i) => columns.get(column)?.[i], () => [], opts);
}

function knownColumns(definition: FeatureGroupDefinition): Set<string> {
  return new Set([...definition.entityKeys, definition.eventTimeColumn, ...definition.features.map((f) => f.name)]);
}

/** The checks of both forms: cells by (column, row), unknown columns of a row. */
function validateCells(
  definition: FeatureGroupDefinition,
  length: number,
  cell: (column: string, i: number) => unknown,
  unknownColumns: (i: number) => string[],
  opts: ValidateFeatureRowsOptions,
): ValidatedRows {
  const label = opts.rowLabel ?? ((i: number) => `row ${i}`);
  const maxErrors = opts.maxErrors ?? 10;
  const known = knownColumns(definition);
  const errors: string[] = [];
  let errorCount = 0;
  const fail = (i: number, column: string, message: string) => {
    errorCount++;
    if (errors.length < maxErrors) errors.push(`${label(i)} column "${column}": ${message}`);
  };

  const keys: string[][] = definition.entityKeys.map(() => []);
  const eventTimeUs: number[] = [];
  const features: FeatureValue[][] = definition.features.map(() => []);
  for (let i = 0; i < length; i++) {
    for (const column of unknownColumns(i)) fail(i, column, `unknown column; group "${definition.name}" defines ${[...known].join(', ')}`);
    definition.entityKeys.forEach((key, k) => {
      const value = cell(key, i);
      const text = entityKeyText(value);
      if (text === undefined) fail(i, key, `entity key is ${describe(value)}; expected a non-empty string or a whole number`);
      keys[k]!.push(text ?? '');
    });
    const time = cell(definition.eventTimeColumn, i);
    try {
      if (time === undefined || time === null || time === '') throw new Error('event time is missing');
      eventTimeUs.push(parseEventTime(time));
    } catch (err) {
      fail(i, definition.eventTimeColumn, (err as Error).message.replace(/^parseEventTime: /, ''));
      eventTimeUs.push(0);
    }
    definition.features.forEach((feature, f) => {
      const value = cell(feature.name, i);
      const result = coerce(value, feature.type, opts.fromText ?? false);
      if (typeof result === 'object' && result !== null) {
        fail(i, feature.name, `expected ${feature.type}, got ${describe(value)}${result.why ? ` (${result.why})` : ''}`);
        features[f]!.push(null);
      } else features[f]!.push(result);
    });
  }
  if (errorCount > 0) {
    const more = errorCount > errors.length ? `\n  ... and ${errorCount - errors.length} more` : '';
    throw new Error(`validateFeatureRows: group "${definition.name}": ${errorCount} invalid value(s), nothing was written:\n  ${errors.join('\n  ')}${more}`);
  }
  return dedupeLastWins(definition.entityKeys.length, { length, keys, eventTimeUs, features });
}

type Coerced = FeatureValue | { why?: string };

function coerce(value: unknown, type: FeatureType, fromText: boolean): Coerced {
  if (value === undefined || value === null || (fromText && value === '')) return null;
  if (fromText && typeof value === 'string') {
    switch (type) {
      case 'string':
        return value;
      case 'bool':
        return value === 'true' || value === '1' ? true : value === 'false' || value === '0' ? false : { why: 'use true, false, 1 or 0' };
      case 'int64':
        return /^[+-]?\d+$/.test(value.trim()) ? coerce(Number(value), type, false) : {};
      case 'float64': {
        const n = value.trim() === '' ? Number.NaN : Number(value);
        return Number.isFinite(n) ? n : { why: 'a finite decimal number' };
      }
    }
  }
  switch (type) {
    case 'string':
      return typeof value === 'string' ? value : {};
    case 'bool':
      return typeof value === 'boolean' ? value : {};
    case 'int64':
      return typeof value === 'number' && Number.isSafeInteger(value) ? value : { why: 'a whole number within +-(2^53-1)' };
    case 'float64':
      return typeof value === 'number' && Number.isFinite(value) ? value : { why: 'a finite number' };
  }
}

function describe(value: unknown): string {
  if (value === undefined) return 'missing';
  if (value === null) return 'null';
  if (typeof value === 'string') return value === '' ? 'an empty string' : JSON.stringify(value);
  return typeof value === 'number' || typeof value === 'boolean' ? `${typeof value} ${String(value)}` : typeof value;
}

function dedupeLastWins(keyCount: number, batch: FeatureBatch): ValidatedRows {
  const last = new Map<string, number>();
  for (let i = 0; i < batch.length; i++) {
    const id = keyCount === 1 ? `${batch.keys[0]![i]}\u0000${batch.eventTimeUs[i]}` : JSON.stringify([...batch.keys.map((k) => k[i]), batch.eventTimeUs[i]]);
    last.set(id, i);
  }
  if (last.size === batch.length) return { batch, duplicates: 0 };
  const keep = [...last.values()].sort((a, b) => a - b);
  const pick = <T>(column: readonly T[]) => keep.map((i) => column[i]!);
  return {
    batch: { length: keep.length, keys: batch.keys.map(pick), eventTimeUs: pick(batch.eventTimeUs), features: batch.features.map((c) => keep.map((i) => c[i] ?? null)) },
    duplicates: batch.length - keep.length,
  };
}
