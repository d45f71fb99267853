import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DataSession } from '../../../runtime/data';
import { checkSuite } from '../../../runtime/data-quality/check-suite';
import { proposeSuite } from '../../../runtime/data-quality/propose-suite';
import { DataQualitySuiteSchema } from '../../../runtime/data-quality/suite-schema';
import { tempDir } from '../../support/temp-dir';

describe('proposeSuite', () => {
  test('infers types, notNull, ranges, allowed values and keys, and the proposal passes on the same data', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'd.csv'), 'id,score,band,flag,seen,note\n1,0.5,a,true,2026-01-01T00:00:00Z,x\n2,1.5,b,false,2026-01-02 10:00:00,\n3,3.0,a,true,2026-01-03,y\n4,,b,false,2026-01-04T00:00:00+01:00,z\n');
    const session = await DataSession.create();
    try {
      const table = await session.open(join(dir, 'd.csv'));
      const suite = await proposeSuite(table, 'd');
      expect(suite).toEqual({
        name: 'd',
        columns: {
          id: { type: 'integer', notNull: true, min: 1, max: 4, unique: true },
          score: { type: 'number', min: 0.5, max: 3 },
          band: { type: 'string', notNull: true, allowedValues: ['a', 'b'] },
          flag: { type: 'boolean', notNull: true },
          seen: { type: 'timestamp', notNull: true },
          note: { type: 'string', unique: true },
        },
      });
      expect((await checkSuite(table, DataQualitySuiteSchema.parse(suite))).success).toBe(true);
    } finally {
      await session.close();
    }
  });
});
