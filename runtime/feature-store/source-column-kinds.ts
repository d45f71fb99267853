import { type Aggregation, filterComparison } from './aggregation-schema';

/** How the computation reads a source column: as a number, text, a boolean, or as it is (counted only). */
export type SourceColumnKind = 'number' | 'text' | 'bool' | 'any';

/** Thrown when aggregations read one column as two types; `path` is the second place. */
export class SourceColumnKindError extends Error {
  constructor(
    message: string,
    readonly path: readonly (string | number)[],
  ) {
    super(message);
  }
}

/** One source column the aggregations read, its kind and the first place of the definition that asks for it. */
export interface SourceColumnUse {
  readonly kind: SourceColumnKind;
  /** Path inside the definition (`aggregations.2.column`), for messages located in the file. */
  readonly path: readonly (string | number)[];
}

/**
 * The source columns a group's aggregations read and how: sum, avg, min, max, stddev and last read a
 * number; a `where` reads the type of its value (`lt`... a number); count and count_distinct read
 * the column as it is. A column read as two different types is refused.
 *
 * @param aggregations - the group's aggregations
 * @returns the columns, in the order first used
 * @throws SourceColumnKindError naming the column and both places when a column is read as two types
 * @example
 * sourceColumnKinds([{ name: 'n', function: 'sum', column: 'amount', window: '1h' }]); // Map { 'amount' => { kind: 'number', ... } }
 */
export function sourceColumnKinds(aggregations: readonly Aggregation[]): Map<string, SourceColumnUse> {
  const uses = new Map<string, SourceColumnUse>();
  const use = (column: string, kind: SourceColumnKind, path: (string | number)[]) => {
    const previous = uses.get(column);
    if (!previous || previous.kind === 'any') {
      uses.set(column, { kind: previous && kind === 'any' ? previous.kind : kind, path: previous?.path ?? path });
      return;
    }
    if (kind !== 'any' && kind !== previous.kind) {
      throw new SourceColumnKindError(`column "${column}" is read as ${kind} here but as ${previous.kind} at ${previous.path.join('.')}; a column has one type`, path);
    }
  };
  aggregations.forEach((a, i) => {
    if (a.column !== undefined) use(a.column, a.function === 'count' || a.function === 'count_distinct' ? 'any' : 'number', ['aggregations', i, 'column']);
    if (a.where) {
      const { op, value } = filterComparison(a.where);
      const sample = Array.isArray(value) ? value[0] : value;
      const kind: SourceColumnKind = op === 'equals' || op === 'in' ? (typeof sample === 'boolean' ? 'bool' : typeof sample === 'number' ? 'number' : 'text') : 'number';
      use(a.where.column, kind, ['aggregations', i, 'where', 'column']);
    }
  });
  return uses;
}
