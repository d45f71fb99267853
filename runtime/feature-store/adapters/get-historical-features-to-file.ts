import { DataSession, type TableFormat } from '../../data';
import { resolveFeatureReferences } from '../resolve-feature-references';
import { type FeatureStores } from '../types';
import { DuckDbOfflineStore } from './duckdb-offline-store';

export interface HistoricalFeaturesFileRequest {
  /** Entity rows: a CSV or Parquet file, local or `oci://`, with the groups' entity keys and the event time. */
  readonly entities: string;
  /**
   * Format of the entity file when its name does not tell.
   * @default - from the name
   */
  readonly format?: TableFormat;
  /** Feature references, `group:feature` or `group:*`. */
  readonly features: readonly string[];
  /**
   * Column of the entity rows holding their event time.
   * @default 'event_time'
   */
  readonly eventTimeColumn?: string;
  /**
   * Name output columns `group__feature` instead of `feature`.
   * @default false
   */
  readonly fullFeatureNames?: boolean;
  /** Output file: `.csv`, `.csv.gz` or `.parquet`. */
  readonly out: string;
}

/**
 * `getHistoricalFeatures` from an entity file to a training-data file, without a row in JavaScript:
 * the embedded store's DuckDB reads the entity file, joins it point-in-time correct to the feature
 * groups (latest row at or before each entity row's time, within each group's TTL) and writes the
 * entity columns then the feature columns in entity order.
 *
 * @param stores the registry and the embedded (DuckDB) offline store
 * @param request entity file, feature references and output file
 * @returns the output column names of the features and the number of rows written
 * @throws Error when the offline store is not the embedded DuckDB store, a reference is unknown, a
 *   feature column is also an entity column, or an entity row has a missing key or a bad time
 * @example
 * await getHistoricalFeaturesToFile(stores, { entities: 'labels.parquet', features: ['driver_stats:*'], out: 'training.parquet' });
 */
export async function getHistoricalFeaturesToFile(
  stores: Pick<FeatureStores, 'registry' | 'offline'>,
  request: HistoricalFeaturesFileRequest,
): Promise<{ featureColumns: string[]; rows: number }> {
  const store = stores.offline;
  if (!(store instanceof DuckDbOfflineStore)) {
    throw new Error('getHistoricalFeaturesToFile: the offline store is not the embedded DuckDB store; on Autonomous Database use getHistoricalFeatures, or export the groups to Parquet first');
  }
  const resolved = await resolveFeatureReferences(stores.registry, request.features, request.fullFeatureNames ?? false);
  const session = await DataSession.create({ connection: store.connection });
  try {
    const entities = await session.open(request.entities, { format: request.format, allowEmpty: true });
    const clash = resolved.columns.find((c) => entities.has(c));
    if (clash) throw new Error(`getHistoricalFeaturesToFile: feature column "${clash}" is also a column of ${entities.source}; rename it or use full feature names`);
    const rows = await store.pointInTimeJoinTable({
      session,
      entities,
      eventTimeColumn: request.eventTimeColumn ?? 'event_time',
      groups: resolved.groups,
      columnNames: resolved.columns,
      out: request.out,
    });
    return { featureColumns: resolved.columns, rows };
  } finally {
    await session.close();
  }
}
