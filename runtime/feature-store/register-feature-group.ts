import { createHash } from 'node:crypto';
import { FeatureGroupDefinitionSchema, type FeatureGroupDefinition } from './feature-group-schema';
import { type FeatureStores, type RegisteredFeatureGroup } from './types';

/** What registering a definition did. */
export interface RegisterResult {
  readonly group: RegisteredFeatureGroup;
  /** False when the definition equals the latest version (nothing was stored). */
  readonly created: boolean;
}

/**
 * Registers a feature group definition: validates it, stores it as a new version when it differs from
 * the latest one, and prepares the offline and online tables (adding columns for new features).
 *
 * Allowed between versions: description, tags, TTL, new features, dropped features (their stored
 * values stay, unused). Refused (against any earlier version): other entity keys, another event-time column, or another type for
 * an existing feature: stored rows could not be read under the new definition, so register a group
 * under a new name instead.
 *
 * @param stores the registry and the offline and online stores
 * @param input the definition (validated with `FeatureGroupDefinitionSchema`)
 * @returns the registered version and whether it is new
 * @throws Error listing every schema problem as `path: message`, or naming the incompatible change
 * @example
 * const { group, created } = await registerFeatureGroup(stores, {
 *   name: 'driver_stats', entityKeys: ['driver_id'], eventTimeColumn: 'event_time', ttlSec: 86400,
 *   features: [{ name: 'trips_today', type: 'int64' }],
 * });
 * // group.version === 1, created === true; the same call again gives created === false
 */
export async function registerFeatureGroup(stores: FeatureStores, input: unknown): Promise<RegisterResult> {
  const parsed = FeatureGroupDefinitionSchema.safeParse(input);
  if (!parsed.success) {
    const issues = parsed.error.issues.map((i) => `${i.path.length ? i.path.join('.') : '(root)'}: ${i.message}`);
    throw new Error(`registerFeatureGroup: invalid feature group definition:\n  ${issues.join('\n  ')}`);
  }
  const definition = parsed.data;
  // Every version counts: a feature dropped earlier still has its column, with its old type.
  for (const previous of await stores.registry.versions(definition.name)) assertCompatible(previous, definition);
  const result = await stores.registry.saveVersion(definition, fingerprintOf(definition));
  await stores.offline.ensureGroup(result.group);
  await stores.online.ensureGroup(result.group);
  return result;
}

function assertCompatible(previous: RegisteredFeatureGroup, next: FeatureGroupDefinition): void {
  const old = previous.definition;
  const where = `registerFeatureGroup: group "${next.name}" version ${previous.version}`;
  if (JSON.stringify(old.entityKeys) !== JSON.stringify(next.entityKeys)) {
    throw new Error(`${where} has entity keys [${old.entityKeys.join(', ')}], got [${next.entityKeys.join(', ')}]; keys cannot change, register a group under a new name`);
  }
  if (old.eventTimeColumn !== next.eventTimeColumn) {
    throw new Error(`${where} has event-time column "${old.eventTimeColumn}", got "${next.eventTimeColumn}"; it cannot change, register a group under a new name`);
  }
  for (const feature of next.features) {
    const before = old.features.find((f) => f.name === feature.name);
    if (before && before.type !== feature.type) {
      throw new Error(`${where} has feature "${feature.name}" of type ${before.type}, got ${feature.type}; a type cannot change, add a feature under a new name`);
    }
  }
}

function fingerprintOf(definition: FeatureGroupDefinition): string {
  return createHash('sha256').update(canonicalJson(definition)).digest('hex');
}

function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value).filter(([, v]) => v !== undefined).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}
