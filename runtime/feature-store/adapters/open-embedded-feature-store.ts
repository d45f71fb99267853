import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { type FeatureStores } from '../types';
import { DuckDbOfflineStore } from './duckdb-offline-store';
import { SqliteFeatureRegistry } from './sqlite-feature-registry';
import { SqliteOnlineStore } from './sqlite-online-store';

/** The embedded feature store: registry and online store in `<dir>/online.sqlite`, offline store in `<dir>/offline.duckdb`. */
export interface EmbeddedFeatureStore extends FeatureStores {
  readonly offline: DuckDbOfflineStore;
  close(): Promise<void>;
}

/**
 * Opens (creating the directory and files if needed) the embedded feature store in `dir`.
 *
 * @param dir the store directory; `:memory:` keeps everything in memory (tests)
 * @param opts `pointInTimeMethod: 'analytic'` runs point-in-time joins with the window-function SQL
 *   the Autonomous Database store uses, instead of `ASOF JOIN` (to check one against the other)
 * @returns the three stores and `close()`
 * @throws Error when the directory cannot be created or a database file cannot be opened
 * @example
 * const stores = await openEmbeddedFeatureStore('.oci-mlops/feature-store');
 * await stores.close();
 */
export async function openEmbeddedFeatureStore(dir: string, opts: { pointInTimeMethod?: 'asof' | 'analytic' } = {}): Promise<EmbeddedFeatureStore> {
  const inMemory = dir === ':memory:';
  let db: Database.Database;
  try {
    if (!inMemory) mkdirSync(dir, { recursive: true });
    db = new Database(inMemory ? ':memory:' : join(dir, 'online.sqlite'));
  } catch (err) {
    throw new Error(`openEmbeddedFeatureStore: cannot open the store in "${dir}": ${(err as Error).message}`);
  }
  try {
    const offline = await DuckDbOfflineStore.open(inMemory ? ':memory:' : join(dir, 'offline.duckdb'), { method: opts.pointInTimeMethod });
    const online = new SqliteOnlineStore(db);
    return {
      registry: new SqliteFeatureRegistry(db),
      offline,
      online,
      close: async () => {
        await offline.close();
        await online.close();
        db.close();
      },
    };
  } catch (err) {
    db.close();
    throw new Error(`openEmbeddedFeatureStore: cannot open the store in "${dir}": ${(err as Error).message}`);
  }
}
