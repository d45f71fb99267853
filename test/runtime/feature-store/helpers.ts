import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { type FeatureGroupDefinition } from '../../../runtime/feature-store/feature-group-schema';
import { getHistoricalFeatures } from '../../../runtime/feature-store/get-historical-features';
import { ingest } from '../../../runtime/feature-store/ingest';
import { registerFeatureGroup } from '../../../runtime/feature-store/register-feature-group';
import { type FeatureStores } from '../../../runtime/feature-store/types';

export const FIXTURES = join(__dirname, 'fixtures', 'pit');
export const PIT_CASES = ['no-ttl', 'ttl-3600', 'ttl-0', 'composite-key-ttl-900'];

export interface FixtureCase {
  entityKeys: string[];
  timestamp: string;
  featureTimestamp: string;
  ttlSec: number | null;
  entities: string[][];
  features: string[][];
  expected: string[][];
}

export function readCsvFile(path: string): string[][] {
  return parse(readFileSync(path, 'utf8'), { bom: true }) as string[][];
}

export function loadFixture(name: string, dir = join(FIXTURES, name), expectedFile = 'expected.csv'): FixtureCase {
  const meta = JSON.parse(readFileSync(join(dir, 'case.json'), 'utf8')) as Omit<FixtureCase, 'entities' | 'features' | 'expected'>;
  return {
    ...meta,
    entities: readCsvFile(join(dir, 'entities.csv')),
    features: readCsvFile(join(dir, 'features.csv')),
    expected: readCsvFile(join(dir, expectedFile)),
  };
}

/** True when /usr/bin/python3 can import pandas (the live comparison runs only then). */
export function hasPandas(): boolean {
  return spawnSync('/usr/bin/python3', ['-c', 'import pandas'], { stdio: 'ignore' }).status === 0;
}

/** A small feature group used across tests. */
export const DRIVER_STATS: FeatureGroupDefinition = {
  name: 'driver_stats',
  entityKeys: ['driver_id'],
  eventTimeColumn: 'event_time',
  ttlSec: 3600,
  description: 'Hourly driver statistics',
  tags: { team: 'forecasting' },
  features: [
    { name: 'trips_today', type: 'int64' },
    { name: 'rating', type: 'float64' },
    { name: 'city', type: 'string' },
    { name: 'active', type: 'bool' },
  ],
};

/** Times as epoch seconds from a fixed origin, written as ISO strings. */
export const T = (seconds: number): string => new Date((1_714_521_600 + seconds) * 1000).toISOString().replace('.000Z', 'Z');

/**
 * Registers a group for a fixture case (named `name`), ingests its feature file and returns
 * getHistoricalFeatures for its entity file as text cells, header first: the shape of expected.csv.
 */
export async function historicalAsCsv(stores: FeatureStores, c: FixtureCase, name: string): Promise<string[][]> {
  const def: FeatureGroupDefinition = {
    name,
    entityKeys: c.entityKeys,
    eventTimeColumn: c.featureTimestamp,
    ...(c.ttlSec === null ? {} : { ttlSec: c.ttlSec }),
    features: [{ name: 'rating', type: 'string' }, { name: 'note', type: 'string' }, { name: 'trips', type: 'int64' }],
  };
  await registerFeatureGroup(stores, def);
  const [fh, ...frows] = c.features;
  await ingest(stores, name, frows.map((r) => Object.fromEntries(fh!.map((h, i) => [h, r[i]]))), { fromText: true });
  const [eh, ...erows] = c.entities;
  const { rows, featureColumns } = await getHistoricalFeatures(stores, {
    entityRows: erows.map((r) => Object.fromEntries(eh!.map((h, i) => [h, r[i]]))),
    eventTimeColumn: c.timestamp,
    features: [`${name}:*`],
  });
  const header = [...eh!, ...featureColumns];
  return [header, ...rows.map((r) => header.map((h) => (r[h] === null ? '' : String(r[h]))))];
}
