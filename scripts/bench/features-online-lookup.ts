/**
 * Child process of `npm run bench:features`: times `getOnlineFeatures` of 100 keys the way a serving
 * process would see it, with only the SQLite online store open (no DuckDB, no generated rows in the
 * heap). Prints one JSON line: {"calls", "p50Ms", "p99Ms"}.
 *   tsx scripts/bench/features-online-lookup.ts <store dir> <group> <entities>
 */
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { SqliteFeatureRegistry } from '../../runtime/feature-store/adapters/sqlite-feature-registry';
import { SqliteOnlineStore } from '../../runtime/feature-store/adapters/sqlite-online-store';
import { getOnlineFeatures } from '../../runtime/feature-store/get-online-features';

async function main(): Promise<void> {
  const [dir, group, entitiesArg] = process.argv.slice(2);
  const entities = Number(entitiesArg);
  if (!dir || !group || !Number.isInteger(entities) || entities < 1) throw new Error('usage: features-online-lookup.ts <store dir> <group> <entities>');
  const db = new Database(join(dir, 'online.sqlite'), { fileMustExist: true });
  const stores = { registry: new SqliteFeatureRegistry(db), online: new SqliteOnlineStore(db) };
  const features = [`${group}:rating`, `${group}:trips`];
  let seed = 7;
  const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648);
  const lat: number[] = [];
  for (let i = 0; i < 5500; i++) {
    const entityRows = Array.from({ length: 100 }, () => ({ driver_id: `d${next() % entities}` }));
    const s = performance.now();
    await getOnlineFeatures(stores, { entityRows, features, asOf: '2024-05-01T12:00:00Z' });
    if (i >= 500) lat.push(performance.now() - s);
  }
  db.close();
  lat.sort((a, b) => a - b);
  const at = (q: number) => lat[Math.min(lat.length - 1, Math.floor(q * lat.length))]!;
  process.stdout.write(`${JSON.stringify({ calls: lat.length, p50Ms: at(0.5), p99Ms: at(0.99) })}\n`);
}

main().catch((err: Error) => {
  process.stderr.write(`${err.message}\n`);
  process.exitCode = 1;
});
