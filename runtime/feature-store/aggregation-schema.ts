import { z } from 'zod';

/** Aggregation functions a feature group can declare. `stddev` is the sample standard deviation. */
export const AGGREGATION_FUNCTIONS = ['count', 'sum', 'avg', 'min', 'max', 'stddev', 'last', 'count_distinct'] as const;
export type AggregationFunction = (typeof AGGREGATION_FUNCTIONS)[number];

const WINDOW_UNITS_SEC = { s: 1, m: 60, h: 3600, d: 86400 } as const;
const WINDOW = /^([1-9][0-9]{0,6})(s|m|h|d)$/;
/** The longest window: one year (the ingestion job reads back this much of the stream's events at most). */
export const MAX_WINDOW_SEC = 366 * 86400;

/** Column names as in feature-group-schema (identifiers, not starting with `__`). */
export const sourceColumnName = z
  .string()
  .regex(/^(?!__)[A-Za-z_][A-Za-z0-9_]{0,59}$/, 'must be 1-60 characters of letters, digits or _, not starting with a digit or __');

/**
 * Seconds of a window written as a whole number and a unit: `30s`, `15m`, `1h`, `7d`.
 *
 * @param window - the window as written in a definition
 * @returns the window in seconds
 * @throws Error naming the value when it is not of that form or outside 1 s - 366 d
 * @example
 * windowSeconds('24h'); // 86400
 */
export function windowSeconds(window: string): number {
  const m = WINDOW.exec(window);
  if (!m) throw new Error(`window must be a whole number and a unit s, m, h or d (30s, 15m, 1h, 7d), got "${window}"`);
  const sec = Number(m[1]) * WINDOW_UNITS_SEC[m[2] as keyof typeof WINDOW_UNITS_SEC];
  if (sec > MAX_WINDOW_SEC) throw new Error(`window must be at most 366d, got "${window}"`);
  return sec;
}

const windowSchema = z.string().superRefine((value, ctx) => {
  try {
    windowSeconds(value);
  } catch (err) {
    ctx.addIssue({ code: 'custom', message: (err as Error).message });
  }
});

const scalar = z.union([z.string().max(1000), z.number().finite(), z.boolean()]);
/** Comparison operators of a `where` filter; exactly one per filter. */
export const FILTER_OPERATORS = ['equals', 'in', 'lt', 'lte', 'gt', 'gte'] as const;
export type FilterOperator = (typeof FILTER_OPERATORS)[number];

/**
 * A typed row filter: a source column and one comparison. `equals` and `in` compare with a string,
 * number or boolean (the column is read as that type); `lt`, `lte`, `gt`, `gte` with a number. Not
 * free SQL: it renders to each engine's SQL with literals quoted by the renderer.
 */
export const AggregationFilterSchema = z
  .object({
    column: sourceColumnName,
    equals: scalar.optional(),
    in: z.array(scalar).min(1).max(1000).optional(),
    lt: z.number().finite().optional(),
    lte: z.number().finite().optional(),
    gt: z.number().finite().optional(),
    gte: z.number().finite().optional(),
  })
  .strict()
  .superRefine((f, ctx) => {
    const given = FILTER_OPERATORS.filter((op) => f[op] !== undefined);
    if (given.length !== 1) {
      ctx.addIssue({ code: 'custom', message: `a filter takes exactly one of ${FILTER_OPERATORS.join(', ')}, got ${given.length ? given.join(', ') : 'none'}` });
    }
    if (f.in && new Set(f.in.map((v) => typeof v)).size > 1) {
      ctx.addIssue({ code: 'custom', path: ['in'], message: `values must all be strings, all numbers or all booleans, got ${JSON.stringify(f.in)}` });
    }
  });

/**
 * One declared aggregation: the feature `name` holds `function` of `column` over the source rows of
 * the same entity with event time in (t - window, t], optionally only the rows `where` selects.
 */
export const AggregationSchema = z
  .object({
    name: sourceColumnName,
    function: z.enum(AGGREGATION_FUNCTIONS),
    column: sourceColumnName.optional(),
    window: windowSchema,
    where: AggregationFilterSchema.optional(),
    description: z.string().max(1000).optional(),
  })
  .strict()
  .superRefine((a, ctx) => {
    if (a.function !== 'count' && a.column === undefined) {
      ctx.addIssue({ code: 'custom', path: ['column'], message: `function ${a.function} needs a column (only count may leave it out, to count rows)` });
    }
  });

/** Where the raw events of a computed group come from. */
export const AggregationSourceSchema = z
  .object({
    eventTimeColumn: sourceColumnName,
  })
  .strict();

export type AggregationFilter = z.infer<typeof AggregationFilterSchema>;
export type Aggregation = z.infer<typeof AggregationSchema>;
export type AggregationSource = z.infer<typeof AggregationSourceSchema>;

/** Value type of an aggregation's feature: whole counts, every other function a double. */
export function aggregationType(fn: AggregationFunction): 'int64' | 'float64' {
  return fn === 'count' || fn === 'count_distinct' ? 'int64' : 'float64';
}

/** The filter's operator and value (the schema guarantees exactly one). */
export function filterComparison(f: AggregationFilter): { op: FilterOperator; value: string | number | boolean | readonly (string | number | boolean)[] } {
  const op = FILTER_OPERATORS.find((o) => f[o] !== undefined)!;
  return { op, value: f[op]! };
}

/** How a feature computed by an aggregation describes itself: `sum(amount) over 24h where is_foreign equals true`. */
export function describeAggregation(a: Aggregation): string {
  const where = a.where ? ` where ${a.where.column} ${filterComparison(a.where).op} ${JSON.stringify(filterComparison(a.where).value)}` : '';
  return `computed: ${a.function}(${a.column ?? '*'}) over ${a.window}${where}`;
}
