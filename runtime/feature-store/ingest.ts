import { type FeatureGroupDefinition } from './feature-group-schema';
import { type FeatureStores } from './types';
import { validateFeatureColumns, validateFeatureRows, type ValidatedRows, type ValidateFeatureRowsOptions } from './validate-feature-rows';

/** What one ingest call did. */
export interface IngestResult {
  readonly group: string;
  /** The group version the rows were validated against. */
  readonly version: number;
  readonly received: number;
  /** Rows stored: received minus the duplicates within the batch. */
  readonly written: number;
  /** Rows whose (entity, event time) came again, later in this batch or in this batch after an earlier one. */
  readonly overwritten: number;
  /** Of `overwritten`, those replaced inside this batch (an earlier row with the same entity and time). */
  readonly overwrittenInBatch: number;
  /** The offline batch sequence number (materialisation resumes after it). */
  readonly seq: number;
}

/**
 * Ingests rows into a feature group's offline store: validates every row against the group's latest
 * definition, keeps the last of rows sharing an (entity, event time), and writes the batch in one
 * transaction that replaces stored rows with the same (entity, event time). Any invalid row fails the
 * whole batch before anything is written.
 *
 * @param stores the registry and the offline store
 * @param groupName a registered feature group
 * @param rows row objects keyed by column name
 * @param opts `fromText` for CSV-like text values; `rowLabel` to name rows in errors
 * @returns counts of received, written and overwritten rows and the batch sequence number
 * @throws Error when the group is not registered, the batch is empty, or a row is invalid (naming row and column)
 * @example
 * const r = await ingest(stores, 'driver_stats', [
 *   { driver_id: 'd1', event_time: '2024-05-01T00:00:00Z', trips_today: 3 },
 *   { driver_id: 'd1', event_time: '2024-05-01T00:00:00Z', trips_today: 4 },
 * ]);
 * // r.written === 1, r.overwritten === 1
 */
export async function ingest(
  stores: Pick<FeatureStores, 'registry' | 'offline'>,
  groupName: string,
  rows: readonly Readonly<Record<string, unknown>>[],
  opts: ValidateFeatureRowsOptions = {},
): Promise<IngestResult> {
  return write(stores, groupName, rows.length, (definition) => validateFeatureRows(definition, rows, opts));
}

/**
 * `ingest` for a table held as columns (a CSV or Parquet file read by DuckDB): the same validation,
 * deduplication and single write, without an object per row.
 *
 * @param stores the registry and the offline store
 * @param groupName a registered feature group
 * @param columns the table's columns by name, each `length` values long
 * @param length the number of rows
 * @param opts `fromText` for text cells; `rowLabel` to name rows in errors
 * @returns counts of received, written and overwritten rows and the batch sequence number
 * @throws Error when the group is not registered, the table is empty, has a column the group does
 *   not define, or a value is invalid (naming row and column)
 * @example
 * await ingestColumns(stores, 'driver_stats', new Map([['driver_id', ['d1']], ['event_time', ['2024-05-01T00:00:00Z']], ['trips_today', ['3']]]), 1, { fromText: true });
 */
export async function ingestColumns(
  stores: Pick<FeatureStores, 'registry' | 'offline'>,
  groupName: string,
  columns: ReadonlyMap<string, readonly unknown[]>,
  length: number,
  opts: ValidateFeatureRowsOptions = {},
): Promise<IngestResult> {
  return write(stores, groupName, length, (definition) => validateFeatureColumns(definition, columns, length, opts));
}

async function write(
  stores: Pick<FeatureStores, 'registry' | 'offline'>,
  groupName: string,
  received: number,
  validate: (definition: FeatureGroupDefinition) => ValidatedRows,
): Promise<IngestResult> {
  const group = await stores.registry.latest(groupName);
  if (!group) throw new Error(`ingest: feature group "${groupName}" is not registered; register it first`);
  if (received === 0) throw new Error(`ingest: group "${groupName}": the batch is empty, expected at least one row`);
  const { batch, duplicates } = validate(group.definition);
  const stored = await stores.offline.writeBatch(group, batch);
  return {
    group: groupName,
    version: group.version,
    received,
    written: stored.written,
    overwritten: duplicates + stored.overwritten,
    overwrittenInBatch: duplicates,
    seq: stored.seq,
  };
}
