import { type FeatureStores } from './types';

export interface MaterializeResult {
  readonly group: string;
  /** Entity rows written to the online store. */
  readonly rowsWritten: number;
  /** Offline batches covered: (fromSeq, toSeq]. Equal when nothing was new. */
  readonly fromSeq: number;
  readonly toSeq: number;
}

/**
 * Copies the latest row per entity from the offline store into the online store.
 *
 * Full (default): the group's online rows are replaced by the latest offline row per entity.
 * Incremental: only batches written after the online store's watermark are read; an entity's row is
 * replaced only by one at least as recent, so late data never hides newer values. The watermark
 * moves in the same transaction as the rows.
 *
 * @param stores the registry and both stores
 * @param groupName a registered feature group
 * @param opts `incremental: true` for incremental materialisation
 * @returns rows written and the batch range covered
 * @throws Error when the group is not registered
 * @example
 * await materialize(stores, 'driver_stats');                        // full
 * await materialize(stores, 'driver_stats', { incremental: true }); // new batches only
 */
export async function materialize(stores: FeatureStores, groupName: string, opts: { readonly incremental?: boolean } = {}): Promise<MaterializeResult> {
  const group = await stores.registry.latest(groupName);
  if (!group) throw new Error(`materialize: feature group "${groupName}" is not registered; register it first`);
  const incremental = opts.incremental ?? false;
  const fromSeq = incremental ? await stores.online.watermark(groupName) : 0;
  const { batch, maxSeq } = await stores.offline.latestSince(group, fromSeq);
  if (incremental && maxSeq === fromSeq) return { group: groupName, rowsWritten: 0, fromSeq, toSeq: fromSeq };
  const rowsWritten = await stores.online.writeLatest(group, batch, maxSeq, !incremental);
  return { group: groupName, rowsWritten, fromSeq, toSeq: maxSeq };
}
