import { entityKeyText } from './entity-key-text';
import { parseEventTime } from './parse-event-time';
import { resolveFeatureReferences } from './resolve-feature-references';
import { type FeatureStores } from './types';

export interface OnlineFeaturesRequest {
  /** One object per entity: the entity key columns of every requested group. */
  readonly entityRows: readonly Readonly<Record<string, unknown>>[];
  /** Feature references, `group:feature` or `group:*`. */
  readonly features: readonly string[];
  /**
   * The time the TTL is measured from: a stored row older than the group's TTL gives nulls.
   * @default - now
   */
  readonly asOf?: Date | string | number;
  /**
   * Name output columns `group__feature` instead of `feature`.
   * @default false
   */
  readonly fullFeatureNames?: boolean;
}

/**
 * The latest feature values for serving, read from the online store (kept current by `materialize`):
 * per entity and group, the stored row's values, or nulls where the entity is unknown or its row is
 * older than the group's TTL at `asOf` (inclusive bound, as in `getHistoricalFeatures`).
 *
 * @param stores the registry and the online store
 * @param request entity keys, feature references, the reference time
 * @returns one row per entity: its keys followed by the feature columns
 * @throws Error naming the entity row and column of a missing key, or an unknown group or feature
 * @example
 * const rows = await getOnlineFeatures(stores, { entityRows: [{ driver_id: 'd1' }], features: ['driver_stats:trips_today'] });
 * // [{ driver_id: 'd1', trips_today: 4 }]
 */
export async function getOnlineFeatures(stores: Pick<FeatureStores, 'registry' | 'online'>, request: OnlineFeaturesRequest): Promise<Record<string, unknown>[]> {
  const resolved = await resolveFeatureReferences(stores.registry, request.features, request.fullFeatureNames ?? false);
  const nowUs = request.asOf === undefined ? Date.now() * 1000 : parseEventTime(request.asOf);
  const rows: Record<string, unknown>[] = new Array<Record<string, unknown>>(request.entityRows.length);
  for (let i = 0; i < rows.length; i++) rows[i] = copyRow(request.entityRows[i]!);
  let column = 0;
  for (const { group, features } of resolved.groups) {
    const def = group.definition;
    // Loops rather than nested map callbacks: this runs per request and per entity row.
    const keys: string[][] = new Array<string[]>(request.entityRows.length);
    for (let i = 0; i < keys.length; i++) {
      const row = request.entityRows[i]!;
      const key: string[] = new Array<string>(def.entityKeys.length);
      for (let k = 0; k < key.length; k++) {
        const v = row[def.entityKeys[k]!];
        const text = entityKeyText(v);
        if (text === undefined) {
          throw new Error(`getOnlineFeatures: entity row ${i} column "${def.entityKeys[k]}": expected a non-empty string or whole number entity key, got ${v === undefined ? 'nothing' : JSON.stringify(v)}`);
        }
        key[k] = text;
      }
      keys[i] = key;
    }
    const { eventTimeUs, values } = await stores.online.read(group, features, keys);
    const ttlUs = def.ttlSec === undefined ? null : def.ttlSec * 1_000_000;
    for (let i = 0; i < rows.length; i++) {
      const t = eventTimeUs[i];
      const fresh = t !== null && t !== undefined && (ttlUs === null || nowUs - t <= ttlUs);
      const row = rows[i]!;
      for (let f = 0; f < features.length; f++) row[resolved.columns[column + f]!] = fresh ? values[f]![i] : null;
    }
    column += features.length;
  }
  return rows;
}

/**
 * A copy of an entity row that takes the feature columns without reallocating: a spread (`{ ...row }`)
 * clones the row's exact shape, and adding the features to 100 such copies allocated six times more.
 * An own `__proto__` key (from JSON) stays an own property, as with a spread.
 */
function copyRow(row: Readonly<Record<string, unknown>>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(row)) {
    if (key === '__proto__') Object.defineProperty(out, key, { value: row[key], enumerable: true, writable: true, configurable: true });
    else out[key] = row[key];
  }
  return out;
}
