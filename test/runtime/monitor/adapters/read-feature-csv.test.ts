import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { readFeatureCsv } from '../../../../runtime/monitor/adapters/read-feature-csv';
import { tempDir } from '../../../support/temp-dir';

describe('readFeatureCsv', () => {
  const dir = tempDir();
  const file = (name: string, text: string) => {
    const p = join(dir, name);
    writeFileSync(p, text);
    return p;
  };

  test('reads numerical and categorical columns and counts missing cells as in its example', async () => {
    const p = file('ref.csv', '\ufeffage,country\n41,fr\n,de\n37.5,\n');
    const r = await readFeatureCsv(p, { categorical: new Set(['country']) });
    expect(r.header).toEqual(['age', 'country']);
    expect(r.rows).toBe(3);
    expect(Array.from(r.numerical.get('age')!)).toEqual([41, 37.5]);
    expect(r.categorical.get('country')).toEqual(['fr', 'de']);
    expect(Object.fromEntries(r.missing)).toEqual({ age: 1, country: 1 });
  });

  test('streams rows to a callback without keeping them', async () => {
    const rows: Record<string, string>[] = [];
    const r = await readFeatureCsv(file('s.csv', 'a,b\n1,x\n2,y\n'), { onRow: (row) => rows.push(row) });
    expect(rows).toEqual([{ a: '1', b: 'x' }, { a: '2', b: 'y' }]);
    expect(r.numerical.get('a')).toHaveLength(0);
  });

  test('fails naming the file, column and line', async () => {
    await expect(readFeatureCsv(join(dir, 'nope.csv'))).rejects.toThrow(`${join(dir, 'nope.csv')}: file not found`);
    const bad = file('bad.csv', 'a,b\n1,2\nx,3\n');
    await expect(readFeatureCsv(bad)).rejects.toThrow(`${bad}: column "a" line 3: "x" is not a finite number`);
    const dup = file('dup.csv', 'a,a\n1,2\n');
    await expect(readFeatureCsv(dup)).rejects.toThrow(`${dup}: column "a" appears twice in the header`);
    const empty = file('empty.csv', '');
    await expect(readFeatureCsv(empty)).rejects.toThrow(`${empty}: the file is empty (a header row is required)`);
    const ragged = file('ragged.csv', 'a,b\n1\n');
    await expect(readFeatureCsv(ragged)).rejects.toThrow(new RegExp(`^${ragged.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}: `));
    await expect(readFeatureCsv(bad, { categorical: new Set(['zz']) })).rejects.toThrow(/has no column "zz" \(listed as categorical\)/);
  });
});
