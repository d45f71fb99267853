import { type FeatureRegistry, type RegisteredFeatureGroup } from './types';

/** Feature references resolved against the registry, grouped by feature group in order of first mention. */
export interface ResolvedFeatures {
  readonly groups: { readonly group: RegisteredFeatureGroup; readonly features: string[] }[];
  /** Output column name of each feature, group by group, in the order of `groups`. */
  readonly columns: string[];
}

/**
 * Resolves feature references `group:feature` (or `group:*` for every feature of the group's latest
 * version) into groups and output column names: the feature's own name, or `group__feature` with
 * `fullNames`.
 *
 * @param registry where the groups are registered
 * @param references one or more `group:feature` strings
 * @param fullNames prefix output columns with the group name
 * @returns the groups with their features, and the output column names
 * @throws Error naming a malformed reference, an unknown group or feature, or two features that
 *   would share an output column (use fullNames)
 * @example
 * await resolveFeatureReferences(registry, ['driver_stats:trips_today'], false);
 * // { groups: [{ group, features: ['trips_today'] }], columns: ['trips_today'] }
 */
export async function resolveFeatureReferences(registry: FeatureRegistry, references: readonly string[], fullNames: boolean): Promise<ResolvedFeatures> {
  if (references.length === 0) throw new Error('resolveFeatureReferences: expected at least one feature reference (group:feature), got none');
  const groups = new Map<string, { group: RegisteredFeatureGroup; features: string[] }>();
  for (const ref of references) {
    const m = /^([a-z][a-z0-9_]*):([A-Za-z_][A-Za-z0-9_]*|\*)$/.exec(ref);
    if (!m) throw new Error(`resolveFeatureReferences: "${ref}" is not a feature reference; expected group:feature or group:*`);
    const [, name, feature] = m as unknown as [string, string, string];
    let entry = groups.get(name);
    if (!entry) {
      const group = await registry.latest(name);
      if (!group) throw new Error(`resolveFeatureReferences: "${ref}": feature group "${name}" is not registered`);
      entry = { group, features: [] };
      groups.set(name, entry);
    }
    const defined = entry.group.definition.features.map((f) => f.name);
    const wanted = feature === '*' ? defined : [feature];
    if (!defined.includes(wanted[0]!)) {
      throw new Error(`resolveFeatureReferences: "${ref}": group "${name}" version ${entry.group.version} has no feature "${feature}"; it has ${defined.join(', ')}`);
    }
    for (const w of wanted) if (!entry.features.includes(w)) entry.features.push(w);
  }
  const columns: string[] = [];
  const owner = new Map<string, string>();
  for (const { group, features } of groups.values()) {
    for (const feature of features) {
      const column = fullNames ? `${group.definition.name}__${feature}` : feature;
      const previous = owner.get(column);
      if (previous) throw new Error(`resolveFeatureReferences: feature "${feature}" of groups "${previous}" and "${group.definition.name}" would share the output column "${column}"; use full feature names`);
      owner.set(column, group.definition.name);
      columns.push(column);
    }
  }
  return { groups: [...groups.values()], columns };
}
