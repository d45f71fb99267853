import { entityKeyText } from './entity-key-text';
import { parseEventTime } from './parse-event-time';
import { resolveFeatureReferences } from './resolve-feature-references';
import { type FeatureStores, type FeatureValue } from './types';

export interface HistoricalFeaturesRequest {
  /** One object per entity row: the entity key columns of every requested group and the event time. */
  readonly entityRows: readonly Readonly<Record<string, unknown>>[];
  /** Feature references, `group:feature` or `group:*`. */
  readonly features: readonly string[];
  /**
   * Column of the entity rows holding their event time (a Date, epoch seconds or ISO 8601 with a zone).
   * @default 'event_time'
   */
  readonly eventTimeColumn?: string;
  /**
   * Name output columns `group__feature` instead of `feature`.
   * @default false
   */
  readonly fullFeatureNames?: boolean;
}

export interface HistoricalFeatures {
  /** The feature columns added to each entity row, in order. */
  readonly featureColumns: string[];
  /** The entity rows, in the order given, each followed by the feature columns (null when nothing matches). */
  readonly rows: Record<string, unknown>[];
}

/**
 * Point-in-time correct training data: for each entity row and each requested group, the feature
 * values of the group's latest row whose event time is at or before the entity row's event time and
 * at most the group's TTL older (inclusive; no TTL: any older row), never a later one.
 *
 * @param stores the registry and the offline store
 * @param request entity rows, feature references and naming options
 * @returns the entity rows in the given order with the feature columns appended
 * @throws Error naming the entity row and column of a missing key or bad event time, an unknown
 *   group or feature, or a feature column that clashes with an entity column
 * @example
 * const { rows } = await getHistoricalFeatures(stores, {
 *   entityRows: [{ driver_id: 'd1', event_time: '2024-05-01T12:00:00Z' }],
 *   features: ['driver_stats:trips_today'],
 * });
 * // rows[0] = { driver_id: 'd1', event_time: '2024-05-01T12:00:00Z', trips_today: 3 }
 */
export async function getHistoricalFeatures(stores: Pick<FeatureStores, 'registry' | 'offline'>, request: HistoricalFeaturesRequest): Promise<HistoricalFeatures> {
  const timeColumn = request.eventTimeColumn ?? 'event_time';
  const resolved = await resolveFeatureReferences(stores.registry, request.features, request.fullFeatureNames ?? false);
  const keyColumns = [...new Set(resolved.groups.flatMap((g) => g.group.definition.entityKeys))];
  const { entityRows } = request;
  const first = entityRows[0];
  const clash = first ? resolved.columns.find((c) => c in first) : undefined;
  if (clash) throw new Error(`getHistoricalFeatures: feature column "${clash}" is also a column of the entity rows; rename it or use full feature names`);

  const keys: string[][] = keyColumns.map(() => new Array<string>(entityRows.length));
  const eventTimeUs = new Array<number>(entityRows.length);
  entityRows.forEach((row, i) => {
    keyColumns.forEach((k, c) => {
      const v = row[k];
      const text = entityKeyText(v);
      if (text !== undefined) keys[c]![i] = text;
      else throw new Error(`getHistoricalFeatures: entity row ${i} column "${k}": expected a non-empty string or whole number entity key, got ${v === undefined ? 'nothing' : JSON.stringify(v)}`);
    });
    try {
      eventTimeUs[i] = parseEventTime(row[timeColumn]);
    } catch (err) {
      throw new Error(`getHistoricalFeatures: entity row ${i} column "${timeColumn}": ${(err as Error).message.replace(/^parseEventTime: /, '')}`);
    }
  });

  const values: FeatureValue[][] = entityRows.length === 0
    ? resolved.columns.map(() => [])
    : await stores.offline.pointInTimeJoin({ entities: { length: entityRows.length, keyColumns, keys, eventTimeUs }, groups: resolved.groups });
  const rows = entityRows.map((row, i) => {
    const out: Record<string, unknown> = { ...row };
    resolved.columns.forEach((column, c) => {
      out[column] = values[c]![i] ?? null;
    });
    return out;
  });
  return { featureColumns: resolved.columns, rows };
}
