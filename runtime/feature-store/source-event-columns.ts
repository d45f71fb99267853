import { type FeatureGroupDefinition } from './feature-group-schema';
import { parseEventTime } from './parse-event-time';
import { type SourceColumnKind, sourceColumnKinds } from './source-column-kinds';

/** Raw events of a computed group, column by column, as the ingestion job stores them. */
export interface SourceEventColumns {
  readonly length: number;
  /** `keys[k][row]` for the group's k-th entity key. */
  readonly keys: readonly (readonly string[])[];
  readonly eventTimeUs: readonly number[];
  /** The source columns the aggregations read, with their kind and values (null where absent). */
  readonly columns: readonly { readonly name: string; readonly kind: SourceColumnKind; readonly values: readonly (number | string | boolean | null)[] }[];
}

/**
 * Checks raw event rows (JSON objects from a stream) against a computed group and turns them into
 * columns: entity keys as text, the source event time in microseconds, and each column the
 * aggregations read as a number, boolean or text. Other properties of a row are ignored.
 *
 * @param definition - a group with `source` and `aggregations`
 * @param rows - the events
 * @param rowLabel - how messages name row i
 * @returns the columns
 * @throws Error naming the row and column of an empty key, a bad time, or a value of the wrong type
 * @example
 * sourceEventColumns(cardActivity, [{ card_id: 'c1', ts: '2024-05-01T08:00:00Z', amount: 12.5 }]).eventTimeUs; // [1714550400000000]
 */
export function sourceEventColumns(definition: FeatureGroupDefinition, rows: readonly Readonly<Record<string, unknown>>[], rowLabel: (i: number) => string = (i) => `row ${i + 1}`): SourceEventColumns {
  if (!definition.source || !definition.aggregations) throw new Error(`sourceEventColumns: feature group "${definition.name}" declares no source and aggregations`);
  const timeColumn = definition.source.eventTimeColumn;
  const kinds = [...sourceColumnKinds(definition.aggregations)].map(([name, use]) => ({ name, kind: use.kind, values: [] as (number | string | boolean | null)[] }));
  const keys = definition.entityKeys.map(() => [] as string[]);
  const eventTimeUs: number[] = [];
  rows.forEach((row, i) => {
    const at = (column: string) => `${rowLabel(i)} column "${column}"`;
    definition.entityKeys.forEach((k, j) => {
      const v = row[k];
      if ((typeof v !== 'string' && typeof v !== 'number') || String(v).trim() === '') throw new Error(`${at(k)}: the entity key must be a non-empty string or number, got ${JSON.stringify(v) ?? 'nothing'}`);
      keys[j]!.push(String(v));
    });
    try {
      eventTimeUs.push(parseEventTime(row[timeColumn]));
    } catch (err) {
      throw new Error(`${at(timeColumn)}: ${(err as Error).message.replace(/^parseEventTime: /, '')}`);
    }
    for (const c of kinds) c.values.push(cell(row[c.name], c.kind, at(c.name)));
  });
  return { length: rows.length, keys, eventTimeUs, columns: kinds };
}

function cell(v: unknown, kind: SourceColumnKind, where: string): number | string | boolean | null {
  if (v === null || v === undefined || v === '') return null;
  if (kind === 'number') {
    const n = typeof v === 'number' ? v : typeof v === 'string' && v.trim() !== '' ? Number(v) : Number.NaN;
    if (!Number.isFinite(n)) throw new Error(`${where}: expected a finite number, got ${JSON.stringify(v)}`);
    return n;
  }
  if (kind === 'bool') {
    if (typeof v === 'boolean') return v;
    if (v === 'true' || v === 'false') return v === 'true';
    throw new Error(`${where}: expected true or false, got ${JSON.stringify(v)}`);
  }
  if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') return String(v);
  throw new Error(`${where}: expected a string, number or boolean, got ${JSON.stringify(v)}`);
}
