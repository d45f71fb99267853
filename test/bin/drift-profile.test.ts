import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseDriftProfile } from '../../runtime/monitor/profile/parse-drift-profile';
import { runCliInProcess } from '../runtime/monitor/support/run-cli';
import { tempDir } from '../support/temp-dir';

const cli = runCliInProcess;

describe('oci-mlops profile', () => {
  const dir = tempDir();

  test('writes a profile with sizes, sketch, histogram and category counts', async () => {
    const data = join(dir, 'ref.csv');
    writeFileSync(data, `x,c\n${Array.from({ length: 1000 }, (_, i) => `${i % 2 ? '' : i / 10},${['a', 'b'][i % 2]}`).join('\n')}\n`);
    const out = join(dir, 'p.json');
    expect(await cli(['profile', '--data', data, '--out', out, '--categorical', 'c', '--bins', '4'])).toEqual({ status: 0, stdout: `profiled 1000 rows: 1 numerical and 1 categorical features -> ${out}\n`, stderr: '' });
    const p = parseDriftProfile(JSON.parse(readFileSync(out, 'utf8')), out);
    expect(p.rows).toBe(1000);
    expect(p.features.x).toMatchObject({ type: 'numerical', count: 500, missing: 500, min: 0, max: 99.8 });
    expect(p.features.c).toMatchObject({ categories: { a: 500, b: 500 } });
    const x = p.features.x!;
    if (x.type !== 'numerical') throw new Error('expected numerical');
    expect(x.histogram.edges).toHaveLength(3);
  });

  test('fails with exit 1 naming the file, line and column of a non-numeric value', async () => {
    const data = join(dir, 'bad.csv');
    writeFileSync(data, 'x,c\n1,a\nfoo,b\n');
    expect(await cli(['profile', '--data', data, '--out', join(dir, 'o.json'), '--categorical', 'c'])).toMatchObject({ status: 1, stderr: `${data}: column "x" line 3: "foo" is not a number (list the column with --categorical if it holds categories)` });
  });

  test('fails on a file without data rows or a bad option', async () => {
    const empty = join(dir, 'empty.csv');
    writeFileSync(empty, 'x,c\n');
    expect(await cli(['profile', '--data', empty, '--out', join(dir, 'o.json')])).toMatchObject({ status: 1, stderr: `${empty}: has a header but no data row` });
    expect((await cli(['profile', '--data', empty, '--out', join(dir, 'o.json'), '--bins', '0'])).status).not.toBe(0);
  });
});
