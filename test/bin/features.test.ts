import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { type CliError } from '../../bin/cli-error';
import { registerFeaturesCommand } from '../../bin/commands/features';
import { gunzipSync } from 'node:zlib';
import { stringify } from 'csv-stringify/sync';
import { DataSession } from '../../runtime/data';
import { getHistoricalFeaturesToFile } from '../../runtime/feature-store/adapters/get-historical-features-to-file';
import { openEmbeddedFeatureStore } from '../../runtime/feature-store/adapters/open-embedded-feature-store';
import { pointInTimeJoinTables } from '../../runtime/feature-store/point-in-time-join-tables';
import { FIXTURES, historicalAsCsv, loadFixture, PIT_CASES, readCsvFile } from '../runtime/feature-store/helpers';
import { runCommand } from '../support/run-command';
import { tempDir, writeFiles } from '../support/temp-dir';

const ROOT = join(__dirname, '../..');
const EXAMPLES = join(ROOT, 'examples/feature-store');

/** Runs `oci-mlops features ...` in this process (the command alone), returning stdout or the CliError. */
async function features(...args: string[]): Promise<{ stdout: string; error?: CliError }> {
  const r = await runCommand(registerFeaturesCommand, ['features', ...args]);
  return { stdout: r.out, error: r.error };
}

describe('oci-mlops features', () => {
  test('register, ingest, materialize and get-online work on the example files', async () => {
    const store = join(tempDir(), 'store');
    const yaml = join(EXAMPLES, 'driver_stats.yaml');
    expect((await features('register', '--store', store, '--file', yaml)).stdout).toBe('registered feature group "driver_stats" version 1\n');
    expect((await features('register', '--store', store, '--file', yaml)).stdout).toBe('feature group "driver_stats" is unchanged at version 1\n');
    expect((await features('ingest', '--store', store, '--group', 'driver_stats', '--file', join(EXAMPLES, 'driver_stats.csv'))).stdout).toBe(
      'ingested 5 rows into "driver_stats" version 1: 4 written, 1 overwritten (1 within the file, 0 already stored), batch 1\n',
    );
    expect((await features('materialize', '--store', store, '--group', 'driver_stats')).stdout).toBe('materialized "driver_stats": 2 entity rows written from batches 1..1\n');
    expect((await features('materialize', '--store', store, '--group', 'driver_stats', '--incremental')).stdout).toBe('materialized "driver_stats": 0 entity rows written from batches 2..1\n');
    const online = await features('get-online', '--store', store, '--features', 'driver_stats:trips_today,driver_stats:city', '--entity', 'driver_id=d1,d9');
    // The example rows are from 2024 and the TTL is one day: served now, they are expired.
    expect(online.stdout).toBe('{"driver_id":"d1","trips_today":null,"city":null}\n{"driver_id":"d9","trips_today":null,"city":null}\n');
  });

  test('fails to ingest a file with a bad row, naming its line, and writes nothing', async () => {
    const dir = writeFiles(tempDir(), { 'bad.csv': 'driver_id,event_time,trips_today\nd1,2024-05-01T08:00:00Z,3\nd2,2024-05-01T08:00:00Z,three\n' });
    const store = join(dir, 'store');
    await features('register', '--store', store, '--file', join(EXAMPLES, 'driver_stats.yaml'));
    const res = await features('ingest', '--store', store, '--group', 'driver_stats', '--file', join(dir, 'bad.csv'));
    expect(res.error?.exitCode).toBe(1);
    expect(res.error?.message).toContain('bad.csv line 3 column "trips_today": expected int64, got "three"');
    expect((await features('materialize', '--store', store, '--group', 'driver_stats')).stdout).toContain(': 0 entity rows written');
  });

  test('rejects a file that fails the group\'s data-quality suite with the JSON results (exit 3), writing nothing', async () => {
    const group = readFileSync(join(EXAMPLES, 'driver_stats.yaml'), 'utf8') + 'dataQuality:\n  name: driver-stats\n  columns:\n    trips_today: { type: integer, min: 0, max: 100 }\n    rating: { maxNullFraction: 0 }\n';
    const dir = writeFiles(tempDir(), { 'group.yaml': group });
    const store = join(dir, 'store');
    expect((await features('register', '--store', store, '--file', join(dir, 'group.yaml'))).stdout).toBe('registered feature group "driver_stats" version 1\n');
    const res = await features('ingest', '--store', store, '--group', 'driver_stats', '--file', join(EXAMPLES, 'driver_stats.csv'));
    expect(res.error?.exitCode).toBe(3);
    expect(res.error?.message).toBe(`${join(EXAMPLES, 'driver_stats.csv')}: batch rejected by data-quality suite "driver-stats": 1 expectation failed (rating.maxNullFraction); nothing was ingested`);
    expect(JSON.parse(res.stdout).results.map((r: { expectation: string; success: boolean; unexpected_rows: number[] }) => [r.expectation, r.success, r.unexpected_rows])).toEqual([
      ['trips_today.type', true, []], ['trips_today.min', true, []], ['trips_today.max', true, []], ['rating.maxNullFraction', false, [4]],
    ]);
    expect((await features('materialize', '--store', store, '--group', 'driver_stats')).stdout).toContain(': 0 entity rows written');
  });

  test.each([
    [['register', '--file', 'missing.yaml'], /cannot read missing.yaml: ENOENT/],
    [['ingest', '--group', 'nope', '--file', join(EXAMPLES, 'driver_stats.csv')], /feature group "nope" is not registered/],
  ])('fails with exit code 1 on %p', async (args, message) => {
    const res = await features(...args.slice(0, 1), '--store', join(tempDir(), 'store'), ...args.slice(1));
    expect(res.error?.exitCode).toBe(1);
    expect(res.error?.message).toMatch(message);
  });

  test('fails to register an invalid definition, listing each problem', async () => {
    const dir = writeFiles(tempDir(), { 'g.yaml': 'name: Bad Name\nentityKeys: []\neventTimeColumn: ts\nfeatures: [{name: x, type: decimal}]\n' });
    const res = await features('register', '--store', join(dir, 'store'), '--file', join(dir, 'g.yaml'));
    expect(res.error?.message).toMatch(/invalid feature group definition:\n {2}name: must be 1-60 characters[\s\S]*\n {2}entityKeys: [\s\S]*\n {2}features\.0\.type: /);
  });

  test('pit-join writes entity columns then feature columns, in entity order, timestamps as given', async () => {
    const out = join(tempDir(), 'out.csv');
    const res = await features('pit-join', '--entities', join(EXAMPLES, 'entities.csv'), '--entity-key', 'driver_id', '--timestamp', 'event_timestamp',
      '--features', join(EXAMPLES, 'driver_stats.csv'), '--feature-timestamp', 'event_time', '--ttl', '86400', '--out', out);
    expect(res.stdout).toBe(`wrote 5 rows to ${out}\n`);
    const readme = readFileSync(join(EXAMPLES, 'README.md'), 'utf8');
    expect(readFileSync(out, 'utf8')).toBe(/```csv\n([\s\S]*?)```/.exec(readme)![1]);
  });

  test('pit-join without --ttl matches any older row; with --ttl 0 only exact times', async () => {
    const dir = writeFiles(tempDir(), {
      'e.csv': 'id,ts\na,100\na,50\n',
      'f.csv': 'id,at,"x, quoted"\na,50,"1,5"\n',
    });
    const run = async (...ttl: string[]) => {
      await features('pit-join', '--entities', join(dir, 'e.csv'), '--entity-key', 'id', '--timestamp', 'ts', '--features', join(dir, 'f.csv'), '--feature-timestamp', 'at', ...ttl, '--out', join(dir, 'o.csv'));
      return readFileSync(join(dir, 'o.csv'), 'utf8');
    };
    expect(await run()).toBe('id,ts,"x, quoted"\na,100,"1,5"\na,50,"1,5"\n');
    expect(await run('--ttl', '0')).toBe('id,ts,"x, quoted"\na,100,\na,50,"1,5"\n');
  });

  test.each([
    [['--ttl', '-5'], /--ttl.*expected a whole number of seconds >= 0, got "-5"/],
    [['--ttl', '1.5'], /expected a whole number of seconds >= 0, got "1.5"/],
  ])('fails on a bad option %p', async (extra, message) => {
    const dir = writeFiles(tempDir(), { 'e.csv': 'id,ts\na,1\n', 'f.csv': 'id,at,x\na,1,2\n' });
    await expect(features('pit-join', '--entities', join(dir, 'e.csv'), '--entity-key', 'id', '--timestamp', 'ts', '--features', join(dir, 'f.csv'), '--feature-timestamp', 'at', ...extra, '--out', join(dir, 'o.csv')))
      .rejects.toThrow(message);
  });

  test('fails pit-join with exit code 1 and the file, line and column of a bad timestamp', async () => {
    const dir = writeFiles(tempDir(), { 'e.csv': 'id,ts\na,1\na,2024-05-01 10:00\n', 'f.csv': 'id,at,x\na,1,2\n' });
    const res = await features('pit-join', '--entities', join(dir, 'e.csv'), '--entity-key', 'id', '--timestamp', 'ts', '--features', join(dir, 'f.csv'), '--feature-timestamp', 'at', '--out', join(dir, 'o.csv'));
    expect(res.error?.exitCode).toBe(1);
    expect(res.error?.message).toBe('oci-mlops features: e.csv line 3 column "ts": "2024-05-01 10:00" is neither epoch seconds nor an ISO 8601 date-time with a zone (Z or an offset such as +02:00)');
    expect(existsSync(join(dir, 'o.csv'))).toBe(false);
  });

  describe('tables in Parquet, CSV.gz and CSV', () => {
    /** Converts a CSV file to Parquet (text columns, as a data team's export of the same file would be read back). */
    async function toParquet(csv: string, out: string, select = '*'): Promise<string> {
      const session = await DataSession.create();
      try {
        await session.connection.run(`COPY (SELECT ${select} FROM read_csv('${csv}', header = true, all_varchar = true)) TO '${out}' (FORMAT parquet)`);
      } finally {
        await session.close();
      }
      return out;
    }

    test.each(PIT_CASES)('pit-join of fixture %s writes pandas merge_asof\'s rows, byte for byte what the row API gives, from CSV and from Parquet', async (name) => {
      const dir = join(FIXTURES, name);
      const c = loadFixture(name);
      const out = tempDir();
      const args = (entities: string, feats: string, o: string) => ['pit-join', '--entities', entities, '--entity-key', c.entityKeys.join(','), '--timestamp', c.timestamp,
        '--features', feats, '--feature-timestamp', c.featureTimestamp, ...(c.ttlSec === null ? [] : ['--ttl', String(c.ttlSec)]), '--out', o];
      expect((await features(...args(join(dir, 'entities.csv'), join(dir, 'features.csv'), join(out, 'csv.csv')))).error).toBeUndefined();
      const text = readFileSync(join(out, 'csv.csv'), 'utf8');
      expect(readCsvFile(join(out, 'csv.csv'))).toEqual(c.expected);
      const [eh, ...er] = c.entities;
      const [fh, ...fr] = c.features;
      const rows = await pointInTimeJoinTables({ entities: { name: 'e', header: eh!, rows: er }, features: { name: 'f', header: fh!, rows: fr }, entityKeys: c.entityKeys,
        timestamp: c.timestamp, featureTimestamp: c.featureTimestamp, ...(c.ttlSec === null ? {} : { ttlSec: c.ttlSec }) });
      expect(text).toBe(stringify([rows.header, ...rows.rows]));
      const entities = await toParquet(join(dir, 'entities.csv'), join(out, 'e.parquet'));
      const feats = await toParquet(join(dir, 'features.csv'), join(out, 'f.parquet'));
      await features(...args(entities, feats, join(out, 'parquet.csv')));
      expect(readFileSync(join(out, 'parquet.csv'), 'utf8')).toBe(text);
      await features(...args(entities, feats, join(out, 'out.parquet')));
      await features(...args(entities, feats, join(out, 'out.csv.gz')));
      expect(gunzipSync(readFileSync(join(out, 'out.csv.gz'))).toString('utf8')).toBe(text);
      const back = join(out, 'back.csv');
      const session = await DataSession.create();
      await session.write(`SELECT * FROM read_parquet('${join(out, 'out.parquet')}')`, back).finally(() => session.close());
      expect(readFileSync(back, 'utf8')).toBe(text);
    });

    test('pit-join reads typed Parquet: integer keys join text keys, whole epoch seconds and zoned timestamps are times', async () => {
      const dir = writeFiles(tempDir(), { 'e.csv': 'id,ts\n7,100\n7,50\n8,100\n', 'f.csv': 'id,at,x\n7,60,a\n8,2,b\n' });
      const e = await toParquet(join(dir, 'e.csv'), join(dir, 'e.parquet'), '*, to_timestamp(CAST(ts AS BIGINT)) AS ts_z');
      const f = await toParquet(join(dir, 'f.csv'), join(dir, 'f.parquet'), '* REPLACE (CAST(id AS BIGINT) AS id), CAST("at" AS BIGINT) AS at_n');
      const res = await features('pit-join', '--entities', e, '--entity-key', 'id', '--timestamp', 'ts_z', '--features', f, '--feature-timestamp', 'at_n', '--ttl', '40', '--out', join(dir, 'o.csv'));
      expect(res.error).toBeUndefined();
      expect(readFileSync(join(dir, 'o.csv'), 'utf8')).toBe('id,ts,ts_z,at,x\n7,100,1970-01-01 00:01:40+00,60,a\n7,50,1970-01-01 00:00:50+00,,\n8,100,1970-01-01 00:01:40+00,,\n');
    });

    test('fails pit-join on a bad time in Parquet with the file, row number and column, and writes nothing', async () => {
      const dir = writeFiles(tempDir(), { 'e.csv': 'id,ts\na,1\na,yesterday\n', 'f.csv': 'id,at,x\na,1,2\n' });
      const e = await toParquet(join(dir, 'e.csv'), join(dir, 'e.parquet'));
      const res = await features('pit-join', '--entities', e, '--entity-key', 'id', '--timestamp', 'ts', '--features', join(dir, 'f.csv'), '--feature-timestamp', 'at', '--out', join(dir, 'o.parquet'));
      expect(res.error?.exitCode).toBe(1);
      expect(res.error?.message).toBe('oci-mlops features: e.parquet row 2 column "ts": "yesterday" is neither epoch seconds nor an ISO 8601 date-time with a zone (Z or an offset such as +02:00)');
      expect(existsSync(join(dir, 'o.parquet'))).toBe(false);
    });

    test.each([
      ['a missing entities file', (d: string) => ['--entities', join(d, 'nope.csv')], /nope\.csv: file not found/],
      ['an unreadable Parquet file', (d: string) => ['--entities', join(d, 'bad.parquet')], /bad\.parquet: not a readable Parquet file/],
      ['an empty file', (d: string) => ['--entities', join(d, 'empty.csv')], /empty\.csv: the file is empty/],
      ['a key column missing from the file', (d: string) => ['--entities', join(d, 'other.csv')], /other\.csv has no entity key column "id"; its columns are key, ts/],
    ])('fails pit-join on %s with exit code 1', async (_, entities, message) => {
      const dir = writeFiles(tempDir(), { 'e.csv': 'id,ts\na,1\n', 'f.csv': 'id,at,x\na,1,2\n', 'bad.parquet': 'PAR1 nope', 'empty.csv': '', 'other.csv': 'key,ts\na,1\n' });
      const res = await features('pit-join', ...entities(dir), '--entity-key', 'id', '--timestamp', 'ts', '--features', join(dir, 'f.csv'), '--feature-timestamp', 'at', '--out', join(dir, 'o.csv'));
      expect(res.error?.exitCode).toBe(1);
      expect(res.error?.message).toMatch(message);
      expect(existsSync(join(dir, 'o.csv'))).toBe(false);
    });

    test('ingest reads Parquet like the same rows in CSV', async () => {
      const store = (n: string) => join(tempDir(), n);
      const parquet = await toParquet(join(EXAMPLES, 'driver_stats.csv'), join(tempDir(), 'driver_stats.parquet'), '*, CAST(trips_today AS BIGINT) AS trips_today_n');
      const stores = [store('csv'), store('parquet')];
      for (const s of stores) await features('register', '--store', s, '--file', join(EXAMPLES, 'driver_stats.yaml'));
      const csv = await features('ingest', '--store', stores[0]!, '--group', 'driver_stats', '--file', join(EXAMPLES, 'driver_stats.csv'));
      // The typed copy has a column the group does not define: refused as a whole, before any row.
      const extra = await features('ingest', '--store', stores[1]!, '--group', 'driver_stats', '--file', parquet);
      expect(extra.error?.message).toMatch(/unknown column\(s\) "trips_today_n", nothing was written/);
      const plain = await toParquet(join(EXAMPLES, 'driver_stats.csv'), join(tempDir(), 'plain.parquet'));
      expect((await features('ingest', '--store', stores[1]!, '--group', 'driver_stats', '--file', plain)).stdout).toBe(csv.stdout);
    });

    test('fails to ingest a Parquet file with a bad row, naming its row number', async () => {
      const dir = writeFiles(tempDir(), { 'bad.csv': 'driver_id,event_time,trips_today\nd1,2024-05-01T08:00:00Z,3\nd2,2024-05-01T08:00:00Z,three\n' });
      const store = join(dir, 'store');
      await features('register', '--store', store, '--file', join(EXAMPLES, 'driver_stats.yaml'));
      const res = await features('ingest', '--store', store, '--group', 'driver_stats', '--file', await toParquet(join(dir, 'bad.csv'), join(dir, 'bad.parquet')));
      expect(res.error?.exitCode).toBe(1);
      expect(res.error?.message).toContain('bad.parquet row 2 column "trips_today": expected int64, got "three"');
    });
  });

  describe('get-historical', () => {
    // A group's TTL is at least 1 s, so the ttl-0 fixture has no group form.
    test.each(PIT_CASES.filter((c) => c !== 'ttl-0'))('writes what getHistoricalFeatures gives for fixture %s, from CSV and Parquet entity files', async (name) => {
      const c = loadFixture(name);
      const group = name.replace(/-/g, '_').replace(/^(\d)/, 'g$1');
      const stores = await openEmbeddedFeatureStore(':memory:');
      const dir = tempDir();
      try {
        const expected = await historicalAsCsv(stores, c, group);
        const csv = join(dir, 'entities.csv');
        writeFileSync(csv, stringify(c.entities));
        // The same store, reached through the CLI's directory would be another database: call the library function on it.
        const r = await getHistoricalFeaturesToFile(stores, { entities: csv, features: [`${group}:*`], eventTimeColumn: c.timestamp, out: join(dir, 'out.csv') });
        expect(r.rows).toBe(c.entities.length - 1);
        expect(readCsvFile(join(dir, 'out.csv'))).toEqual(expected);
        const session = await DataSession.create();
        await session.write(`SELECT * FROM read_csv('${csv}', header = true, all_varchar = true)`, join(dir, 'entities.parquet')).finally(() => session.close());
        await getHistoricalFeaturesToFile(stores, { entities: join(dir, 'entities.parquet'), features: [`${group}:*`], eventTimeColumn: c.timestamp, out: join(dir, 'out2.csv') });
        expect(readFileSync(join(dir, 'out2.csv'), 'utf8')).toBe(readFileSync(join(dir, 'out.csv'), 'utf8'));
      } finally {
        await stores.close();
      }
    });

    test('runs on a store directory from the command line', async () => {
      const store = join(tempDir(), 'store');
      await features('register', '--store', store, '--file', join(EXAMPLES, 'driver_stats.yaml'));
      await features('ingest', '--store', store, '--group', 'driver_stats', '--file', join(EXAMPLES, 'driver_stats.csv'));
      const out = join(tempDir(), 'training.csv');
      const res = await features('get-historical', '--store', store, '--entities', join(EXAMPLES, 'entities.csv'), '--event-time-column', 'event_timestamp',
        '--features', 'driver_stats:trips_today,driver_stats:city', '--out', out);
      expect(res.error).toBeUndefined();
      expect(res.stdout).toBe(`wrote 5 rows with 2 feature columns to ${out}\n`);
      expect(readCsvFile(out)[0]).toEqual([...readCsvFile(join(EXAMPLES, 'entities.csv'))[0]!, 'trips_today', 'city']);
    });

    test('fails on a bad event time in the entity file, naming its file, line and column, writing nothing', async () => {
      const store = join(tempDir(), 'store');
      await features('register', '--store', store, '--file', join(EXAMPLES, 'driver_stats.yaml'));
      const dir = writeFiles(tempDir(), { 'e.csv': 'driver_id,event_time\nd1,1714557600\nd1,yesterday\n' });
      const res = await features('get-historical', '--store', store, '--entities', join(dir, 'e.csv'), '--features', 'driver_stats:*', '--out', join(dir, 'o.csv'));
      expect(res.error?.exitCode).toBe(1);
      expect(res.error?.message).toBe('oci-mlops features: e.csv line 3 column "event_time": "yesterday" is neither epoch seconds nor an ISO 8601 date-time with a zone (Z or an offset such as +02:00)');
      expect(existsSync(join(dir, 'o.csv'))).toBe(false);
    });

    test('fails on an entity file without the group\'s key column, writing nothing', async () => {
      const store = join(tempDir(), 'store');
      await features('register', '--store', store, '--file', join(EXAMPLES, 'driver_stats.yaml'));
      const dir = writeFiles(tempDir(), { 'e.csv': 'id,event_time\nd1,1\n' });
      const res = await features('get-historical', '--store', store, '--entities', join(dir, 'e.csv'), '--features', 'driver_stats:*', '--out', join(dir, 'o.csv'));
      expect(res.error?.exitCode).toBe(1);
      expect(res.error?.message).toMatch(/e\.csv: has no column "driver_id" \(entity key or event time\); columns: id, event_time/);
      expect(existsSync(join(dir, 'o.csv'))).toBe(false);
    });
  });
});
