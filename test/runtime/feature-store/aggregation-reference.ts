import { type Aggregation, filterComparison, windowSeconds } from '../../../runtime/feature-store/aggregation-schema';

/** One raw event of the generated tests: entity, time in seconds, an amount, a merchant, a flag (any may be null but the entity and time). */
export interface TestEvent {
  readonly card: string;
  readonly t: number;
  readonly amount: number | null;
  readonly merchant: string | null;
  readonly foreign: boolean | null;
}

export type ReferenceValue = number | null;

function passes(a: Aggregation, e: TestEvent): boolean {
  if (!a.where) return true;
  const cell = (e as unknown as Record<string, unknown>)[a.where.column];
  if (cell === null) return false;
  const { op, value } = filterComparison(a.where);
  switch (op) {
    case 'equals':
      return cell === value;
    case 'in':
      return (value as unknown[]).includes(cell);
    case 'lt':
      return (cell as number) < (value as number);
    case 'lte':
      return (cell as number) <= (value as number);
    case 'gt':
      return (cell as number) > (value as number);
    default:
      return (cell as number) >= (value as number);
  }
}

/**
 * The straightforward definition: for entity `card` at time `t` (seconds), the events of that card
 * with time in (t - window, t] that pass the filter, aggregated one by one. `order` is each event's
 * place in the source (for `last` among ties).
 */
export function referenceAggregate(events: readonly TestEvent[], a: Aggregation, card: string, t: number): ReferenceValue {
  const w = windowSeconds(a.window);
  const rows = events.map((e, i) => ({ e, i })).filter(({ e }) => e.card === card && e.t > t - w && e.t <= t && passes(a, e));
  const cells = rows.map(({ e }) => (a.column === undefined ? 1 : (e as unknown as Record<string, unknown>)[a.column])).filter((v) => v !== null) as (number | string | boolean)[];
  const nums = cells as number[];
  switch (a.function) {
    case 'count':
      return cells.length;
    case 'count_distinct':
      return new Set(cells).size;
    case 'sum':
      return nums.length ? nums.reduce((s, x) => s + x, 0) : null;
    case 'avg':
      return nums.length ? nums.reduce((s, x) => s + x, 0) / nums.length : null;
    case 'min':
      return nums.length ? Math.min(...nums) : null;
    case 'max':
      return nums.length ? Math.max(...nums) : null;
    case 'stddev': {
      if (nums.length < 2) return null;
      const mean = nums.reduce((s, x) => s + x, 0) / nums.length;
      return Math.sqrt(nums.reduce((s, x) => s + (x - mean) ** 2, 0) / (nums.length - 1));
    }
    case 'last': {
      const withValue = rows.filter(({ e }) => (e as unknown as Record<string, unknown>)[a.column!] !== null);
      withValue.sort((x, y) => x.e.t - y.e.t || x.i - y.i);
      const latest = withValue.at(-1);
      return latest ? ((latest.e as unknown as Record<string, number>)[a.column!] as number) : null;
    }
  }
}

/** Equal as numbers up to rounding (1e-9 relative), or both null. */
export function sameValue(a: unknown, b: ReferenceValue): boolean {
  if (a === null || b === null) return a === b;
  const x = Number(a);
  return Math.abs(x - b) <= 1e-9 * Math.max(1, Math.abs(b));
}
