import { type DataQualitySuite } from './suite-schema';

/** One value of a request that breaks a column check. */
export interface RowViolation {
  /** 0-based row of the batch. */
  readonly row: number;
  /** 0-based feature (column) index in the model's input. */
  readonly index: number;
  readonly feature: string;
  /** `type` (integer), `min`, `max` or `allowedValues`. */
  readonly check: string;
  /** The bound or the allowed values. */
  readonly bound: number | readonly number[] | 'integer';
  readonly value: number;
}

/** The column checks of a suite, compiled for the rows of inference requests. */
export interface RowValidator {
  /** Feature names in the model's input order, as compiled. */
  readonly featureNames: readonly string[];
  /** Checks that apply per row, as `feature.check`, for logs. */
  readonly checks: readonly string[];
  /**
   * Counts the violations of a row-major batch (`rows` x `featureNames.length`); allocates nothing.
   * Float32 batches are compared with the bounds rounded to float32, as the model sees the values.
   */
  count(data: Float32Array | Float64Array, rows: number): number;
  /** Lists violations in row order, up to `max` (called only when `count` found some). */
  list(data: Float32Array | Float64Array, rows: number, max: number): RowViolation[];
}

const TEXT_ONLY = ['regex', 'minLength', 'maxLength'] as const;
/** Above this many allowed values a Set lookup beats a chain of comparisons. */
const INLINE_ALLOWED = 8;

interface Rule {
  readonly index: number;
  readonly feature: string;
  readonly check: 'type' | 'min' | 'max' | 'allowedValues';
  readonly bound: number | readonly number[] | 'integer';
}

/**
 * Compiles a suite's column checks into a validator of inference request rows: `type: integer`,
 * `min`, `max` and numeric `allowedValues` of the columns that are model features, as straight-line
 * JavaScript generated once (`new Function`) with the bounds as constants, so a request costs one
 * comparison per check and value. Requests carry finite numbers only (the parsers refuse anything
 * else), so `notNull` and `type: number` always hold; `maxNullFraction` and `unique` are checks of a
 * table, left to CI and ingestion. Suite columns that are not features are ignored.
 *
 * @param suite - the parsed suite
 * @param featureNames - the model's feature names in input order
 * @returns the validator
 * @throws Error naming `compileRowValidator`, the feature and the check when a check cannot apply to
 *   the numeric values a model receives (a string, boolean or timestamp type, a pattern, a length,
 *   text allowed values)
 * @example
 * const v = compileRowValidator({ name: 's', columns: { age: { min: 0, max: 120 } } }, ['age', 'income']);
 * v.count(Float64Array.of(-1, 5, 30, 7), 2); // 1
 * v.list(Float64Array.of(-1, 5, 30, 7), 2, 10); // [{ row: 0, index: 0, feature: 'age', check: 'min', bound: 0, value: -1 }]
 */
export function compileRowValidator(suite: DataQualitySuite, featureNames: readonly string[]): RowValidator {
  const rules: Rule[] = [];
  featureNames.forEach((feature, index) => {
    const spec = suite.columns[feature];
    if (!spec) return;
    const fail = (what: string) => new Error(`compileRowValidator: feature "${feature}": ${what} cannot apply to the numeric values a model receives; keep it for CI and ingestion in a suite of its own`);
    if (spec.type !== undefined && spec.type !== 'number' && spec.type !== 'integer') throw fail(`type ${spec.type}`);
    for (const check of TEXT_ONLY) if (spec[check] !== undefined) throw fail(check);
    if (spec.allowedValues?.some((v) => typeof v !== 'number')) throw fail('allowedValues with text or boolean values');
    if (spec.type === 'integer') rules.push({ index, feature, check: 'type', bound: 'integer' });
    if (spec.min !== undefined) rules.push({ index, feature, check: 'min', bound: spec.min });
    if (spec.max !== undefined) rules.push({ index, feature, check: 'max', bound: spec.max });
    if (spec.allowedValues) rules.push({ index, feature, check: 'allowedValues', bound: spec.allowedValues as number[] });
  });
  const width = featureNames.length;
  const sets = rules.map((r) => (Array.isArray(r.bound) && r.bound.length > INLINE_ALLOWED ? r.bound : null));
  // Generated once: bounds are finite numbers from the parsed suite (String() round-trips them).
  const body = (round: (x: number) => number): string => rules
    .map((r, i) => {
      const v = `d[o + ${r.index}]`;
      switch (r.check) {
        case 'type':
          return `if (${v} !== Math.trunc(${v})) bad++;`;
        case 'min':
          return `if (${v} < ${String(round(r.bound as number))}) bad++;`;
        case 'max':
          return `if (${v} > ${String(round(r.bound as number))}) bad++;`;
        case 'allowedValues': {
          const values = (r.bound as number[]).map(round);
          if (sets[i]) return `if (!s${i}.has(${v})) bad++;`;
          return `if (${values.map((x) => `${v} !== ${String(x)}`).join(' && ')}) bad++;`;
        }
      }
    })
    .join('\n    ');
  const setArgs = sets.map((_, i) => `s${i}`);
  const make = (round: (x: number) => number) => {
    const setValues = sets.map((s) => (s ? new Set(s.map(round)) : null));
    const source = `return function count(d, rows) {\n  let bad = 0;\n  for (let o = 0, end = rows * ${width}; o < end; o += ${width}) {\n    ${body(round)}\n  }\n  return bad;\n};`;
    return new Function(...setArgs, source)(...setValues) as (d: ArrayLike<number>, rows: number) => number;
  };
  const count64 = make((x) => x);
  const count32 = make(Math.fround);
  const allowed = rules.map((r) => (Array.isArray(r.bound) ? { f64: new Set(r.bound as number[]), f32: new Set((r.bound as number[]).map(Math.fround)) } : null));

  return {
    featureNames: [...featureNames],
    checks: rules.map((r) => `${r.feature}.${r.check}`),
    count: (data, rows) => (rules.length === 0 ? 0 : data instanceof Float32Array ? count32(data, rows) : count64(data, rows)),
    list(data, rows, max) {
      const f32 = data instanceof Float32Array;
      const round = f32 ? Math.fround : (x: number) => x;
      const out: RowViolation[] = [];
      for (let row = 0; row < rows && out.length < max; row++) {
        rules.forEach((r, i) => {
          if (out.length >= max) return;
          const value = data[row * width + r.index]!;
          const broken =
            r.check === 'type' ? value !== Math.trunc(value)
              : r.check === 'min' ? value < round(r.bound as number)
                : r.check === 'max' ? value > round(r.bound as number)
                  : !allowed[i]![f32 ? 'f32' : 'f64'].has(value);
          if (broken) out.push({ row, index: r.index, feature: r.feature, check: r.check, bound: r.bound, value });
        });
      }
      return out;
    },
  };
}
