import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Command } from 'commander';
import { CliError } from '../../bin/cli-error';
import { registerFeaturesCommand } from '../../bin/commands/features';
import { tempDir, writeFiles } from '../support/temp-dir';

const ROOT = join(__dirname, '../..');
const EXAMPLES = join(ROOT, 'examples/feature-store');

/** Runs `oci-mlops features ...` in process (the command alone), returning stdout or the CliError. */
async function features(...args: string[]): Promise<{ stdout: string; error?: CliError }> {
  const program = new Command('oci-mlops').exitOverride().configureOutput({ writeErr: () => undefined, writeOut: () => undefined });
  registerFeaturesCommand(program);
  const out: string[] = [];
  const spy = jest.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    out.push(String(chunk));
    return true;
  });
  try {
    await program.parseAsync(['node', 'oci-mlops', 'features', ...args]);
    return { stdout: out.join('') };
  } catch (err) {
    if (err instanceof CliError) return { stdout: out.join(''), error: err };
    throw err;
  } finally {
    spy.mockRestore();
  }
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
    expect(res.error?.message).toBe('oci-mlops features: pointInTimeJoinTables: e.csv line 3 column "ts": "2024-05-01 10:00" is neither epoch seconds nor an ISO 8601 date-time with a zone (Z or an offset such as +02:00)');
    expect(existsSync(join(dir, 'o.csv'))).toBe(false);
  });
});
