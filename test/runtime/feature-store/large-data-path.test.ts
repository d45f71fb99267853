import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { openEmbeddedFeatureStore } from '../../../runtime/feature-store/adapters/open-embedded-feature-store';
import { getHistoricalFeatures } from '../../../runtime/feature-store/get-historical-features';
import { ingest } from '../../../runtime/feature-store/ingest';
import { oracleExternalTableDdl } from '../../../runtime/feature-store/oracle-external-table-ddl';
import { parseEventTime } from '../../../runtime/feature-store/parse-event-time';
import { pointInTimeSql } from '../../../runtime/feature-store/point-in-time-sql';
import { registerFeatureGroup } from '../../../runtime/feature-store/register-feature-group';
import { DRIVER_STATS, loadFixture } from './helpers';

describe('large-data path: the offline layout as Parquet, joined where it lives', () => {
  test('joins an exported Parquet file with the same rows as the store, with ASOF JOIN and with the ADB window-function SQL', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'fs-parquet-'));
    const stores = await openEmbeddedFeatureStore(':memory:');
    const other = await DuckDBInstance.create(':memory:');
    const c = await other.connect();
    try {
      const fixture = loadFixture('ttl-3600');
      const def = { name: 'ratings', entityKeys: ['driver_id'], eventTimeColumn: 'feature_time', ttlSec: 3600, features: [{ name: 'rating', type: 'float64' as const }, { name: 'trips', type: 'int64' as const }] };
      const { group } = await registerFeatureGroup(stores, def);
      const [fh, ...fr] = fixture.features;
      await ingest(stores, 'ratings', fr.map((r) => Object.fromEntries(fh!.map((h, i) => [h, r[i]]).filter(([h]) => h !== 'note'))), { fromText: true });
      const file = join(dir, 'ratings.parquet');
      expect(await stores.offline.exportParquet(group, file)).toBeGreaterThan(400);

      const [eh, ...er] = fixture.entities;
      const entityRows = er.map((r) => Object.fromEntries(eh!.map((h, i) => [h, r[i]])));
      const { rows } = await getHistoricalFeatures(stores, { entityRows, eventTimeColumn: 'event_timestamp', features: ['ratings:rating', 'ratings:trips'] });
      const expected = rows.map((r) => [r.rating, r.trips === null ? null : BigInt(r.trips as number)]);

      await c.run(`CREATE VIEW "fg__ratings" AS SELECT * FROM read_parquet('${file}')`);
      await c.run('CREATE TABLE ents ("__idx" INTEGER, driver_id VARCHAR, "__ts" BIGINT)');
      for (const [i, e] of entityRows.entries()) await c.run('INSERT INTO ents VALUES ($1, $2, $3)', [i, e.driver_id!, BigInt(parseEventTime(e.event_timestamp))]);
      for (const method of ['asof', 'analytic'] as const) {
        const sql = pointInTimeSql({ entityTable: 'ents', method, groups: [{ table: 'fg__ratings', keyColumns: ['driver_id'], features: ['rating', 'trips'], ttlUs: 3600 * 1_000_000 }] });
        expect((await c.runAndReadAll(sql)).getRows()).toEqual(expected);
      }
      expect(expected.filter(([v]) => v !== null).length).toBeGreaterThan(100);
    } finally {
      c.closeSync();
      other.closeSync();
      await stores.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test('defines an Autonomous Database external table over Parquet with the offline layout', () => {
    const ddl = oracleExternalTableDdl(DRIVER_STATS, {
      credentialName: 'OCI$RESOURCE_PRINCIPAL',
      fileUris: ['https://objectstorage.eu-frankfurt-1.oraclecloud.com/n/ns/b/features/o/driver_stats/*.parquet'],
    });
    expect(ddl).toBe([
      'BEGIN',
      '  DBMS_CLOUD.CREATE_EXTERNAL_TABLE(',
      `    table_name      => '"fg__driver_stats"',`,
      `    credential_name => 'OCI$RESOURCE_PRINCIPAL',`,
      `    file_uri_list   => 'https://objectstorage.eu-frankfurt-1.oraclecloud.com/n/ns/b/features/o/driver_stats/*.parquet',`,
      `    format          => '{"type":"parquet","schema":"first"}',`,
      `    column_list     => '"driver_id" VARCHAR2(512), "__event_time_us" NUMBER(19), "trips_today" NUMBER(19), "rating" BINARY_DOUBLE, "city" VARCHAR2(4000), "active" NUMBER(1), "__seq" NUMBER(19)'`,
      '  );',
      'END;',
    ].join('\n'));
  });

  test.each([
    [{ credentialName: 'C', fileUris: [] }, /at least one file URI is required/],
    [{ credentialName: 'C', fileUris: ['oci://bucket@ns/x.parquet'] }, /file URI "oci:\/\/bucket@ns\/x.parquet" must be an https:\/\/ Object Storage URI/],
  ])('fails to define an external table without usable file URIs (%#)', (opts, message) => {
    expect(() => oracleExternalTableDdl(DRIVER_STATS, opts)).toThrow(message);
  });

  test("escapes quotes in the credential name", () => {
    expect(oracleExternalTableDdl(DRIVER_STATS, { credentialName: "O'HARA", fileUris: ['https://x/y.parquet'], tableName: 'ext' })).toContain(`credential_name => 'O''HARA'`);
  });
});
