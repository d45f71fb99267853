/**
 * @jest-environment ./test/runtime/inference/ort-environment.js
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { DataSession } from '../../runtime/data';
import { generateSample } from '../../scripts/fixtures/drift/sample-data';
import { runCliInProcess as cli } from '../runtime/monitor/support/run-cli';
import { modelCases } from '../runtime/validation/support/reference';
import { OciTestServer } from '../support/oci-test-server';
import { tempDir } from '../support/temp-dir';

// drift, profile and validate-model read their tables through runtime/data: the same results from
// CSV, CSV.gz and Parquet, and the same errors (file, column, line or row) for each format.

const dir = tempDir();
const iris = modelCases().find((c) => c.name === 'iris')!;
const at = (name: string) => join(dir, name);

function featureCsv(rows: number, seed: number, shift: number): string {
  const age = generateSample({ seed, n: rows, kind: 'bell', loc: 40 + shift, scale: 20 });
  const score = generateSample({ seed: seed + 1, n: rows, kind: 'uniform' });
  const lines = ['age,score,country'];
  for (let i = 0; i < rows; i++) lines.push(`${age[i]!.toFixed(3)},${i % 10 === 0 ? '' : score[i]!.toFixed(4)},${(shift ? [' fr', 'de', 'de', 'uk '] : [' fr', 'de', 'uk ', 'es'])[i % 4]}`);
  return `${lines.join('\n')}\n`;
}

beforeAll(async () => {
  writeFileSync(at('ref.csv'), featureCsv(600, 1, 0));
  writeFileSync(at('cur.csv'), featureCsv(400, 11, 3));
  writeFileSync(at('cur.csv.gz'), gzipSync(featureCsv(400, 11, 3)));
  writeFileSync(at('bad-cell.csv'), 'age,score,country\n1,2,fr\nabc,3,de\n');
  writeFileSync(at('empty.csv'), '');
  writeFileSync(at('header-only.csv'), 'age,score,country\n');
  writeFileSync(at('broken.parquet'), 'not parquet at all');
  writeFileSync(at('iris-bad.csv'), readFileSync(iris.data, 'utf8').replace(/\n(\S+?),/, '\nabc,'));
  writeFileSync(at('iris-header.csv'), `${readFileSync(iris.data, 'utf8').split('\n')[0]}\n`);
  const session = await DataSession.create();
  try {
    // Parquet as a data team exports it: numbers typed, categories as text.
    for (const name of ['ref', 'cur']) {
      await session.write(`SELECT CAST(age AS DOUBLE) AS age, CAST(score AS DOUBLE) AS score, country FROM ${(await session.open(at(`${name}.csv`))).relation()}`, at(`${name}.parquet`));
    }
    await session.write(`SELECT * FROM ${(await session.open(iris.data)).relation(['sepal_length_cm', 'sepal_width_cm', 'petal_length_cm', 'petal_width_cm'])}`, at('iris.parquet'));
    await session.write(`SELECT age, score, country FROM (VALUES ('1', '2', 'fr'), ('abc', '3', 'de')) v(age, score, country)`, at('bad-cell.parquet'));
    await session.write(`SELECT sepal_length_cm, CASE WHEN sepal_width_cm = '3.5000' THEN 'abc' ELSE sepal_width_cm END AS sepal_width_cm, petal_length_cm, petal_width_cm, species FROM ${(await session.open(iris.data)).relation()}`, at('iris-bad.parquet'));
  } finally {
    await session.close();
  }
  writeFileSync(at('ref-export'), readFileSync(at('ref.parquet')));
});

describe('Parquet and CSV.gz input give the results of the same data in CSV', () => {
  test('drift', async () => {
    const args = ['--categorical', 'country', '--json', '--preset', 'hypothesis-tests'];
    const csv = await cli(['drift', '--reference', at('ref.csv'), '--current', at('cur.csv'), ...args]);
    expect(csv.status).toBe(0);
    expect(JSON.parse(csv.stdout).features.map((f: { status: string }) => f.status)).toEqual(['drift', 'no_drift', 'drift']);
    expect((await cli(['drift', '--reference', at('ref.parquet'), '--current', at('cur.parquet'), ...args])).stdout).toBe(csv.stdout);
    expect((await cli(['drift', '--reference', at('ref.parquet'), '--current', at('cur.csv.gz'), ...args])).stdout).toBe(csv.stdout);
    expect((await cli(['drift', '--reference', at('ref-export'), '--current', at('cur.parquet'), '--format', 'parquet', ...args])).stdout).toBe(csv.stdout);
  });

  test('profile', async () => {
    expect((await cli(['profile', '--data', at('ref.csv'), '--out', at('p-csv.json'), '--categorical', 'country'])).status).toBe(0);
    expect((await cli(['profile', '--data', at('ref.parquet'), '--out', at('p-parquet.json'), '--categorical', 'country'])).status).toBe(0);
    const profile = JSON.parse(readFileSync(at('p-csv.json'), 'utf8'));
    expect(profile.features.country.categories).toEqual({ de: 150, es: 150, fr: 150, uk: 150 });
    expect(profile.features.score).toMatchObject({ count: 540, missing: 60 });
    expect(readFileSync(at('p-parquet.json'), 'utf8')).toBe(readFileSync(at('p-csv.json'), 'utf8'));
  });

  test('validate-model', async () => {
    const run = async (data: string) => {
      const res = await cli(['validate-model', '--model', iris.model, '--data', data, '--label', 'species', '--json', '--latency-runs', '3', '--warmup-runs', '0']);
      expect(res.status).toBe(0);
      const { latency_ms: _latency, ...rest } = JSON.parse(res.stdout);
      return rest;
    };
    const fromCsv = await run(iris.data);
    expect(fromCsv.n_rows).toBe(30);
    expect(await run(at('iris.parquet'))).toEqual(fromCsv);
  });
});

describe('bad table input: the same errors for CSV and Parquet, with the documented exit codes', () => {
  const server = new OciTestServer();
  const saved = { config: process.env.OCI_CONFIG_FILE, endpoint: process.env.OCI_MLOPS_OBJECTSTORAGE_ENDPOINT };
  beforeAll(async () => {
    process.env.OCI_MLOPS_OBJECTSTORAGE_ENDPOINT = await server.start();
    process.env.OCI_CONFIG_FILE = server.writeConfigFile(dir);
    server.setHandler((req) => {
      if (req.url.includes('/o/secret')) return { status: 403, json: { code: 'NotAuthorizedOrNotFound', message: 'Authorization failed' } };
      if (req.url === '/n/acme/b/data/o/ref.parquet') return { status: 200, body: readFileSync(at('ref.parquet')) };
      return { status: 404, json: { code: 'ObjectNotFound', message: 'The object was not found' } };
    });
  });
  afterAll(async () => {
    await server.stop();
    for (const [key, value] of [['OCI_CONFIG_FILE', saved.config], ['OCI_MLOPS_OBJECTSTORAGE_ENDPOINT', saved.endpoint]] as const) {
      if (value === undefined) delete process.env[key];
      else process.env[key] = value;
    }
  });

  // [command line, exit code, message] per command and case.
  const drift = (reference: string, current = at('cur.csv'), ...more: string[]) => ['drift', '--reference', reference, '--current', current, '--categorical', 'country', ...more];
  const profile = (data: string, ...more: string[]) => ['profile', '--data', data, '--out', at('out.json'), '--categorical', 'country', ...more];
  const validate = (data: string, ...more: string[]) => ['validate-model', '--model', iris.model, '--data', data, '--label', 'species', '--latency-runs', '1', ...more];
  const cases: [string, () => string[], number, RegExp | string][] = [
    ['drift: a missing file', () => drift(at('nope.csv')), 1, `${at('nope.csv')}: file not found`],
    ['drift: an unreadable Parquet file', () => drift(at('broken.parquet')), 1, /broken\.parquet: not a readable Parquet file: .*magic bytes/],
    ['drift: an empty file', () => drift(at('empty.csv')), 1, `${at('empty.csv')}: the file is empty (a header row is required)`],
    ['drift: a header without rows', () => drift(at('ref.csv'), at('header-only.csv')), 1, `${at('header-only.csv')}: has a header but no data row`],
    ['drift: a non-numeric CSV cell', () => drift(at('ref.csv'), at('bad-cell.csv')), 1, `${at('bad-cell.csv')}: column "age" line 3: "abc" is not a number (list the column with --categorical if it holds categories)`],
    ['drift: a non-numeric Parquet cell', () => drift(at('ref.csv'), at('bad-cell.parquet')), 1, `${at('bad-cell.parquet')}: column "age" row 2: "abc" is not a number (list the column with --categorical if it holds categories)`],
    ['drift: a --categorical column the file lacks', () => drift(at('ref.parquet'), at('cur.parquet'), '--categorical', 'nope'), 1, `${at('ref.parquet')}: has no column "nope" (listed as categorical)`],
    ['drift: an oci:// object that does not exist', () => drift('oci://data@acme/missing.csv'), 1, 'oci://data@acme/missing.csv: the object does not exist (or the bucket or namespace is wrong)'],
    ['drift: an oci:// object the caller may not read', () => drift('oci://data@acme/secret.csv'), 1, /^oci:\/\/data@acme\/secret\.csv: not authorised to read the object \(HTTP 403\)/],
    ['drift: a name without a format', () => drift(at('ref-export')), 1, /ref-export: cannot tell the format from the name; use a \.csv, \.csv\.gz or \.parquet name, or pass the format/],
    ['profile: a missing file', () => profile(at('nope.parquet')), 1, `${at('nope.parquet')}: file not found`],
    ['profile: an unreadable Parquet file', () => profile(at('broken.parquet')), 1, /broken\.parquet: not a readable Parquet file/],
    ['profile: an empty file', () => profile(at('empty.csv')), 1, `${at('empty.csv')}: the file is empty (a header row is required)`],
    ['profile: a header without rows', () => profile(at('header-only.csv')), 1, `${at('header-only.csv')}: has a header but no data row`],
    ['profile: a non-numeric CSV cell', () => profile(at('bad-cell.csv')), 1, `${at('bad-cell.csv')}: column "age" line 3: "abc" is not a number (list the column with --categorical if it holds categories)`],
    ['profile: a non-numeric Parquet cell', () => profile(at('bad-cell.parquet')), 1, `${at('bad-cell.parquet')}: column "age" row 2: "abc" is not a number (list the column with --categorical if it holds categories)`],
    ['profile: a --categorical column the file lacks', () => profile(at('ref.csv'), '--categorical', 'nope'), 1, /ref\.csv: has no column "nope" \(listed as categorical\); columns: age, score, country/],
    ['profile: an oci:// object that does not exist', () => profile('oci://data@acme/missing.parquet'), 1, /oci:\/\/data@acme\/missing\.parquet: the object does not exist/],
    ['profile: an oci:// object the caller may not read', () => profile('oci://data@acme/secret.parquet'), 1, /oci:\/\/data@acme\/secret\.parquet: not authorised to read the object \(HTTP 403\)/],
    ['validate-model: a missing file', () => validate(at('nope.csv')), 2, `validate-model: ${at('nope.csv')}: file not found`],
    ['validate-model: an unreadable Parquet file', () => validate(at('broken.parquet')), 2, /validate-model: .*broken\.parquet: not a readable Parquet file/],
    ['validate-model: an empty file', () => validate(at('empty.csv')), 2, `validate-model: ${at('empty.csv')}: the file is empty (a header row is required)`],
    ['validate-model: a header without rows', () => validate(at('iris-header.csv')), 2, `validate-model: ${at('iris-header.csv')}: has a header but no data row`],
    ['validate-model: a non-numeric CSV cell', () => validate(at('iris-bad.csv')), 2, `validate-model: ${at('iris-bad.csv')}: column "sepal_length_cm" line 2: "abc" is not a number (model input "float_input" is float32)`],
    ['validate-model: a non-numeric Parquet cell', () => validate(at('iris-bad.parquet')), 2, `validate-model: ${at('iris-bad.parquet')}: column "sepal_width_cm" row 1: "abc" is not a number (model input "float_input" is float32)`],
    ['validate-model: a --label column the file lacks', () => validate(at('iris.parquet'), '--label', 'kind'), 2, /validate-model: .*iris\.parquet: label column "kind" not found; columns: "sepal_length_cm"/],
    ['validate-model: an oci:// object that does not exist', () => validate('oci://data@acme/missing.csv'), 2, /validate-model: oci:\/\/data@acme\/missing\.csv: the object does not exist/],
    ['validate-model: an oci:// object the caller may not read', () => validate('oci://data@acme/secret.csv'), 2, /validate-model: oci:\/\/data@acme\/secret\.csv: not authorised to read the object \(HTTP 403\)/],
    ['validate-model: an unknown --format', () => validate(at('iris.parquet'), '--format', 'json'), 2, 'validate-model: --format must be one of csv, parquet, got "json"'],
  ];
  test.each(cases)('fails on %s', async (_name, args, status, message) => {
    const res = await cli(args());
    expect(res.status).toBe(status);
    if (typeof message === 'string') expect(res.stderr).toBe(message);
    else expect(res.stderr).toMatch(message);
  });

  test('reads an oci:// table like the local file', async () => {
    const args = ['--categorical', 'country', '--json'];
    const local = await cli(['drift', '--reference', at('ref.parquet'), '--current', at('cur.csv'), ...args]);
    expect((await cli(['drift', '--reference', 'oci://data@acme/ref.parquet', '--current', at('cur.csv'), ...args])).stdout).toBe(local.stdout);
  });
});
