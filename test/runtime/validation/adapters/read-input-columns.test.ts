import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DataSession } from '../../../../runtime/data';
import { readInputColumns } from '../../../../runtime/validation/adapters/read-input-columns';
import { type InputBinding } from '../../../../runtime/validation/types';
import { tempDir } from '../../../support/temp-dir';

describe('readInputColumns', () => {
  const dir = tempDir();
  let session: DataSession;
  beforeEach(async () => {
    session = await DataSession.create();
  });
  afterEach(() => session.close());
  const table = async (text: string, name = 'd.csv') => {
    writeFileSync(join(dir, name), text);
    return session.open(join(dir, name));
  };

  test('reads the bound columns row-major (the JSDoc example)', async () => {
    const read = await readInputColumns(await table('a,b,y\n1,2,0\n3,4,1\n'), [{ input: 'x', type: 'float32', columns: ['a', 'b'], rank1: false }]);
    expect(read).toEqual({ rows: 2, columns: [{ input: 'x', type: 'float32', width: 2, rank1: false, data: Float32Array.from([1, 2, 3, 4]) }] });
  });

  test('reads int64, int32 and string inputs', async () => {
    const { columns } = await readInputColumns(await table('a,b,y\n1,2, s0 \n3,4,s1\n'), [
      { input: 'i', type: 'int64', columns: ['b'], rank1: true },
      { input: 'j', type: 'int32', columns: ['a'], rank1: true },
      { input: 's', type: 'string', columns: ['y'], rank1: true },
    ]);
    expect(columns.map((c) => Array.from(c.data as ArrayLike<unknown>))).toEqual([[2n, 4n], [1, 3], ['s0', 's1']]);
  });

  test('reads the same values from Parquet as from CSV', async () => {
    const csv = await table('a,b,y\n1.5,2,0\n3,4,1\n');
    await session.write(`SELECT CAST(a AS DOUBLE) AS a, CAST(b AS BIGINT) AS b, y FROM ${csv.relation()}`, join(dir, 'd.parquet'));
    const bindings: InputBinding[] = [{ input: 'x', type: 'float64', columns: ['a', 'b'], rank1: false }];
    expect(await readInputColumns(await session.open(join(dir, 'd.parquet')), bindings)).toEqual(await readInputColumns(csv, bindings));
  });

  test.each([
    ['a word in a float column', '1,abc,0', 'float32', /d\.csv: column "b" line 2: "abc" is not a number \(model input "x" is float32\)/],
    ['an empty float cell', '1,,0', 'float64', /d\.csv: column "b" line 2: an empty cell is not a finite number \(model input "x" is float64\)/],
    ['a float beyond float32', '1,1e39,0', 'float32', /column "b" line 2: 1e\+39 is not within the float32 range/],
    ['a decimal in an int column', '1,2.5,0', 'int64', /column "b" line 2: 2\.5 is not an integer \(model input "x" is int64\)/],
    ['an int beyond int32', '1,3000000000,0', 'int32', /column "b" line 2: 3000000000 is not within the int32 range/],
    ['an int64 beyond 2^53', '1,9007199254740993,0', 'int64', /column "b" line 2: 9007199254740992 is not within ±2\^53/],
  ] as const)('fails on %s', async (_name, row, type, message) => {
    await expect(readInputColumns(await table(`a,b,y\n${row}\n`), [{ input: 'x', type, columns: ['a', 'b'], rank1: false }])).rejects.toThrow(message);
  });

  test('fails on a text cell in a Parquet file, naming its row', async () => {
    const file = join(dir, 'text.parquet');
    await session.write(`SELECT * FROM (VALUES ('1', 'x'), ('oops', 'y')) v(a, y)`, file);
    await expect(readInputColumns(await session.open(file), [{ input: 'x', type: 'float32', columns: ['a'], rank1: true }])).rejects.toThrow(`${file}: column "a" row 2: "oops" is not a number (model input "x" is float32)`);
  });
});
