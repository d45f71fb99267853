import { z } from 'zod';
import { DRIFT_METHODS } from '../monitor/drift-settings';

/** Value types a column check can ask for. */
export const COLUMN_TYPES = ['number', 'integer', 'string', 'boolean', 'timestamp'] as const;
export type ColumnType = (typeof COLUMN_TYPES)[number];

/** Column checks, in the order results list them. */
export const COLUMN_CHECKS = ['type', 'notNull', 'maxNullFraction', 'min', 'max', 'allowedValues', 'regex', 'minLength', 'maxLength', 'unique'] as const;
export type ColumnCheck = (typeof COLUMN_CHECKS)[number];

const finite = z.number().refine(Number.isFinite, 'must be a finite number');
const count = z.number().int('must be a whole number').min(0, 'must be 0 or more');

const regex = z.string().min(1).superRefine((pattern, ctx) => {
  try {
    new RegExp(pattern, 'u');
  } catch (err) {
    ctx.addIssue({ code: 'custom', message: `not a valid regular expression: ${(err as Error).message}` });
  }
});

/** The checks of one column. Range, allowed-value, pattern and length checks ignore nulls. */
export const ColumnExpectationsSchema = z
  .object({
    type: z.enum(COLUMN_TYPES).optional().meta({ description: 'Every non-null value is of this type: number (finite), integer (a whole number, 3.0 counts), string, boolean, timestamp (ISO 8601; no offset means UTC).' }),
    notNull: z.boolean().optional().meta({ description: 'true: no value is null (an empty CSV cell is null).' }),
    maxNullFraction: z.number().min(0, 'must be within 0..1').max(1, 'must be within 0..1').optional().meta({ description: 'Highest share of null values, 0..1.' }),
    min: finite.optional().meta({ description: 'Smallest allowed value (inclusive); numbers only.' }),
    max: finite.optional().meta({ description: 'Largest allowed value (inclusive); numbers only.' }),
    allowedValues: z.array(z.union([z.string(), finite, z.boolean()])).min(1).max(10000).optional().meta({ description: 'The values allowed: compared as numbers for number and integer columns, else as text.' }),
    regex: regex.optional().meta({ description: 'Every value contains a match of this regular expression (anchor it with ^...$ to match whole values).' }),
    minLength: count.optional().meta({ description: 'Fewest characters of a value.' }),
    maxLength: count.optional().meta({ description: 'Most characters of a value.' }),
    unique: z.boolean().optional().meta({ description: 'true: no value appears twice (nulls ignored).' }),
  })
  .strict()
  .superRefine((c, ctx) => {
    const numeric = c.type === undefined || c.type === 'number' || c.type === 'integer';
    for (const key of ['min', 'max'] as const) {
      if (c[key] !== undefined && !numeric) ctx.addIssue({ code: 'custom', path: [key], message: `${key} applies to number and integer columns, not type ${c.type}` });
    }
    if (c.min !== undefined && c.max !== undefined && c.min > c.max) ctx.addIssue({ code: 'custom', path: ['max'], message: `max (${c.max}) must not be below min (${c.min})` });
    if (c.minLength !== undefined && c.maxLength !== undefined && c.minLength > c.maxLength) {
      ctx.addIssue({ code: 'custom', path: ['maxLength'], message: `maxLength (${c.maxLength}) must not be below minLength (${c.minLength})` });
    }
    if ((c.type === 'number' || c.type === 'integer') && c.allowedValues?.some((v) => typeof v !== 'number')) {
      ctx.addIssue({ code: 'custom', path: ['allowedValues'], message: `the allowed values of a ${c.type} column must be numbers` });
    } else if (c.type === 'integer' && c.allowedValues?.some((v) => !Number.isInteger(v))) {
      ctx.addIssue({ code: 'custom', path: ['allowedValues'], message: 'an integer column\'s allowed values must be whole numbers' });
    }
  });

const columnName = z.string().min(1).max(255);

/** Checks of the whole table. */
export const TableExpectationsSchema = z
  .object({
    rowCount: z
      .object({ min: count.optional(), max: count.optional() })
      .strict()
      .refine((r) => r.min === undefined || r.max === undefined || r.min <= r.max, { message: 'min must not be above max', path: ['max'] })
      .optional()
      .meta({ description: 'Fewest and most rows (each optional).' }),
    uniqueColumns: z.array(z.array(columnName).min(1).max(32)).min(1).optional().meta({ description: 'Compound keys: each list of columns identifies a row (rows with a null in the key are ignored).' }),
    freshness: z
      .object({
        column: columnName.meta({ description: 'A timestamp column.' }),
        maxAgeHours: z.number().positive('must be greater than 0').meta({ description: 'The newest value is at most this many hours older than the check time (--now).' }),
      })
      .strict()
      .optional()
      .meta({ description: 'The data is recent: its newest timestamp is at most maxAgeHours old.' }),
  })
  .strict();

/** Drift of columns against a reference profile written by `oci-mlops profile`. */
export const DriftExpectationsSchema = z
  .object({
    reference: z.string().min(1).meta({ description: 'The reference profile JSON (`oci-mlops profile --out`), relative to the suite file.' }),
    columns: z.array(columnName).min(1).meta({ description: 'Columns compared; each must be in the profile.' }),
    method: z.enum(DRIFT_METHODS).optional().meta({ description: 'Drift test or distance for every column (default: chosen per column as `oci-mlops drift` does).' }),
    alpha: z.number().gt(0, 'must be within 0..1 (exclusive)').lt(1, 'must be within 0..1 (exclusive)').default(0.05).meta({ description: 'Significance level of the p-value tests (ks, chi2), per column.' }),
    threshold: z.number().positive().max(10).optional().meta({ description: 'Distance threshold of psi, wasserstein and jensenshannon (default 0.1).' }),
    minSamples: z.number().int().min(1).default(30).meta({ description: 'Fewer values on either side fail the check as insufficient data.' }),
  })
  .strict();

/**
 * A data-quality expectation suite: per-column checks, table checks and drift against a reference
 * profile. The same file is checked in CI (`oci-mlops data-quality check`), at the serving endpoint
 * (row checks) and at feature ingestion.
 *
 * @example
 * DataQualitySuiteSchema.parse({ name: 'transactions', columns: { amount: { type: 'number', min: 0 } } });
 */
export const DataQualitySuiteSchema = z
  .object({
    name: z.string().min(1).max(128).meta({ description: 'Suite name, shown in reports.' }),
    columns: z.record(columnName, ColumnExpectationsSchema).default({}).meta({ description: 'Checks per column, by column name. A column named here that the data lacks fails its `exists` check.' }),
    table: TableExpectationsSchema.optional().meta({ description: 'Checks of the whole table.' }),
    drift: DriftExpectationsSchema.optional().meta({ description: 'Drift against a reference profile.' }),
  })
  .strict()
  .meta({ title: 'oci-mlops data-quality suite', description: 'Expectations a table must meet (docs/data-quality.md).' });

export type ColumnExpectations = z.output<typeof ColumnExpectationsSchema>;
export type DataQualitySuite = z.output<typeof DataQualitySuiteSchema>;
export type DataQualitySuiteInput = z.input<typeof DataQualitySuiteSchema>;
