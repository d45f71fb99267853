import { type OracleTypes } from '../../../runtime/feature-store/adapters/oracle-client';
import { OracleOfflineStore } from '../../../runtime/feature-store/adapters/oracle-offline-store';
import { OracleOnlineStore } from '../../../runtime/feature-store/adapters/oracle-online-store';
import { type RegisteredFeatureGroup } from '../../../runtime/feature-store/types';
import { FakeOracle } from '../../support/fake-oracle';
import { DRIVER_STATS } from './helpers';

/**
 * The Autonomous Database stores against a recording fake connection: what they send (statements in
 * order, bulk binds, bind types, transactions) and how they map fetched rows back. The SQL itself
 * runs on DuckDB through a stand-in pool (store-contract.test.ts, `OracleOnDuckDb`) and against a
 * real database only with connection settings (store-contract.test.ts).
 */
const TYPES: OracleTypes = { varchar: 'VARCHAR', number: 'NUMBER', binaryDouble: 'BINARY_DOUBLE', outFormatArray: 'ARRAY' };
const GROUP: RegisteredFeatureGroup = { definition: DRIVER_STATS, version: 1, fingerprint: 'f', registeredAt: '2024-01-01T00:00:00Z' };

describe('Autonomous Database stores (recording fake connection)', () => {
  test('writes a batch through a private temporary table in one transaction, bools as 0/1, counting replaced rows', async () => {
    const db = new FakeOracle((sql) => (/NVL\(MAX\(seq\), 0\) \+ 1/.test(sql) ? { rows: [[3]] } : /^DELETE/.test(sql) ? { rowsAffected: 1 } : {}));
    const store = await OracleOfflineStore.create(db, TYPES);
    db.log.length = 0;
    const res = await store.writeBatch(GROUP, { length: 2, keys: [['d1', 'd2']], eventTimeUs: [10, 20], features: [[1, null], [4.5, 3], ['Oslo', null], [true, false]] });
    expect(res).toEqual({ written: 2, overwritten: 1, seq: 3 });
    expect(db.log).toEqual([
      'CREATE PRIVATE TEMPORARY TABLE',
      'MANY INSERT INTO ORA$PTT_FS_STAGE VALUES',
      'LOCK TABLE fs_batches IN',
      'SELECT NVL(MAX(seq), 0) +',
      'DELETE FROM "fg__driver_stats" t',
      'INSERT INTO "fg__driver_stats" ("driver_id",',
      'INSERT INTO fs_batches (group_name,',
      'COMMIT',
      'CLOSE',
    ]);
    expect(db.many[0]!.binds).toEqual([['d1', 10, 1, 4.5, 'Oslo', 1], ['d2', 20, null, 3, null, 0]]);
    expect((db.many[0]!.options!.bindDefs as { type: string }[]).map((d) => d.type)).toEqual(['VARCHAR', 'NUMBER', 'NUMBER', 'BINARY_DOUBLE', 'VARCHAR', 'NUMBER']);
  });

  test('fails a batch whose merge fails, rolling back and releasing the connection', async () => {
    const db = new FakeOracle((sql) => (/^INSERT INTO "fg__/.test(sql) ? new Error('ORA-01653: unable to extend table') : /NVL/.test(sql) ? { rows: [[1]] } : {}));
    const store = await OracleOfflineStore.create(db, TYPES);
    await expect(store.writeBatch(GROUP, { length: 1, keys: [['d1']], eventTimeUs: [1], features: [[1], [1], ['x'], [true]] })).rejects.toThrow(/ORA-01653/);
    expect(db.log.slice(-2)).toEqual(['ROLLBACK', 'CLOSE']);
  });

  test('joins point-in-time with the window-function SQL and maps fetched values by feature type', async () => {
    let sent = '';
    const db = new FakeOracle((sql) => {
      if (/^WITH m0/.test(sql)) {
        sent = sql;
        return { rows: [[5, 1], [null, null], [7, 0]] };
      }
      return {};
    });
    const store = await OracleOfflineStore.create(db, TYPES);
    const values = await store.pointInTimeJoin({
      entities: { length: 3, keyColumns: ['driver_id'], keys: [['d1', 'd2', 'd3']], eventTimeUs: [1, 2, 3] },
      groups: [{ group: GROUP, features: ['trips_today', 'active'] }],
    });
    expect(values).toEqual([[5, null, 7], [true, null, false]]);
    expect(sent).toContain('MAX(x."__fts") OVER (PARTITION BY x."driver_id" ORDER BY x."__ts", x."__kind" ROWS UNBOUNDED PRECEDING)');
    expect(sent).toContain('CAST(NULL AS NUMBER(19))');
    expect(sent).toContain('<= 3600000000 THEN');
    expect(sent).not.toContain('ASOF');
    expect(db.many[0]!.binds).toEqual([[0, 'd1', 1], [1, 'd2', 2], [2, 'd3', 3]]);
  });

  test('reads online rows for many keys in round trips of 500 and answers in key order', async () => {
    const db = new FakeOracle((sql, binds) => (/^SELECT "driver_id"/.test(sql) ? { rows: (binds ?? []).filter((k) => k !== 'd404').map((k) => [k, 100, `${k}-city`, 1]) } : {}));
    const store = await OracleOnlineStore.create(db, TYPES);
    db.log.length = 0;
    const keys = [...Array.from({ length: 600 }, (_, i) => [`d${i}`]), ['d404']];
    const res = await store.read(GROUP, ['city', 'active'], keys);
    expect(db.log.filter((l) => l.startsWith('SELECT'))).toHaveLength(2);
    expect(res.values[0]!.slice(0, 2)).toEqual(['d0-city', 'd1-city']);
    expect(res.values[1]![599]).toBe(true);
    expect(res.eventTimeUs.at(-1)).toBeNull();
    expect(res.values[0]!.at(-1)).toBeNull();
  });

  test('materialises into the online table with one bulk MERGE and moves the watermark in the same transaction', async () => {
    const db = new FakeOracle();
    const store = await OracleOnlineStore.create(db, TYPES);
    db.log.length = 0;
    expect(await store.writeLatest(GROUP, { length: 1, keys: [['d1']], eventTimeUs: [5], features: [[1], [2.5], ['x'], [false]] }, 9, true)).toBe(1);
    expect(db.log).toEqual(['DELETE FROM "fo__driver_stats"', 'MANY MERGE INTO "fo__driver_stats" t', 'MERGE INTO fs_online_watermarks w', 'COMMIT', 'CLOSE']);
    expect(db.many[0]!.sql).toContain('WHERE s."__event_time_us" >= t."__event_time_us"');
    expect(db.many[0]!.binds).toEqual([['d1', 5, 1, 2.5, 'x', 0]]);
  });
});
