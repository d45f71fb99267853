import { type FeatureType } from '../feature-group-schema';
import { type FeatureBatch, type FeatureValue, type OnlineStore, type RegisteredFeatureGroup } from '../types';
import { quoteIdent as q } from '../../data/quote-sql';
import { executeDdl, inTransaction, type OraclePool, type OracleTypes } from './oracle-client';
import { batchBindDefs, batchBinds, fromOracle, ORACLE_TYPES } from './oracle-offline-store';

const IN_LIST_MAX = 500;

/**
 * The Autonomous Database online store: a table per feature group (`"fo__<name>"`), one row per
 * entity keyed by the entity key columns, and FS_ONLINE_WATERMARKS. Writes are bulk MERGEs that only
 * replace a row with one at least as recent; reads fetch up to 500 entities per round trip.
 */
export class OracleOnlineStore implements OnlineStore {
  static async create(pool: OraclePool, types: OracleTypes): Promise<OracleOnlineStore> {
    await inTransaction(pool, (c) =>
      executeDdl(c, 'CREATE TABLE fs_online_watermarks (group_name VARCHAR2(60) PRIMARY KEY, seq NUMBER(19) NOT NULL, materialized_at TIMESTAMP WITH TIME ZONE NOT NULL)'),
    );
    return new OracleOnlineStore(pool, types);
  }

  private constructor(private readonly pool: OraclePool, private readonly types: OracleTypes) {}

  async ensureGroup(group: RegisteredFeatureGroup): Promise<void> {
    const def = group.definition;
    const table = q(`fo__${def.name}`);
    await inTransaction(this.pool, async (c) => {
      await executeDdl(c, `CREATE TABLE ${table} (${[
        ...def.entityKeys.map((k) => `${q(k)} VARCHAR2(512 CHAR) NOT NULL`),
        '"__event_time_us" NUMBER(19) NOT NULL',
        ...def.features.map((f) => `${q(f.name)} ${ORACLE_TYPES[f.type]}`),
        `PRIMARY KEY (${def.entityKeys.map(q).join(', ')})`,
      ].join(', ')}) ORGANIZATION INDEX`);
      for (const f of def.features) await executeDdl(c, `ALTER TABLE ${table} ADD (${q(f.name)} ${ORACLE_TYPES[f.type]})`);
    });
  }

  async writeLatest(group: RegisteredFeatureGroup, batch: FeatureBatch, seq: number, replace: boolean): Promise<number> {
    const def = group.definition;
    const table = q(`fo__${def.name}`);
    const columns = [...def.entityKeys, '__event_time_us', ...def.features.map((f) => f.name)];
    const values = ['__event_time_us', ...def.features.map((f) => f.name)];
    const sql = `MERGE INTO ${table} t USING (SELECT ${columns.map((c, i) => `:${i + 1} ${q(c)}`).join(', ')} FROM dual) s
      ON (${def.entityKeys.map((k) => `t.${q(k)} = s.${q(k)}`).join(' AND ')})
      WHEN MATCHED THEN UPDATE SET ${values.map((c) => `t.${q(c)} = s.${q(c)}`).join(', ')} WHERE s."__event_time_us" >= t."__event_time_us"
      WHEN NOT MATCHED THEN INSERT (${columns.map(q).join(', ')}) VALUES (${columns.map((c) => `s.${q(c)}`).join(', ')})`;
    return inTransaction(this.pool, async (c) => {
      if (replace) await c.execute(`DELETE FROM ${table}`);
      let changed = 0;
      if (batch.length > 0) {
        changed = (await c.executeMany(sql, batchBinds(def, batch), { bindDefs: batchBindDefs(def, this.types) })).rowsAffected ?? 0;
      }
      await c.execute(
        `MERGE INTO fs_online_watermarks w USING (SELECT :1 group_name, :2 seq FROM dual) s ON (w.group_name = s.group_name)
         WHEN MATCHED THEN UPDATE SET w.seq = s.seq, w.materialized_at = SYSTIMESTAMP
         WHEN NOT MATCHED THEN INSERT (group_name, seq, materialized_at) VALUES (s.group_name, s.seq, SYSTIMESTAMP)`,
        [def.name, seq],
      );
      return changed;
    });
  }

  async watermark(groupName: string): Promise<number> {
    return inTransaction(this.pool, async (c) => {
      const row = (await c.execute('SELECT seq FROM fs_online_watermarks WHERE group_name = :1', [groupName])).rows?.[0];
      return row ? Number(row[0]) : 0;
    });
  }

  async read(group: RegisteredFeatureGroup, features: readonly string[], keys: readonly (readonly string[])[]): Promise<{ eventTimeUs: (number | null)[]; values: FeatureValue[][] }> {
    const def = group.definition;
    const types = features.map((name) => def.features.find((f) => f.name === name)!.type);
    const found = new Map<string, unknown[]>();
    const k = def.entityKeys.length;
    await inTransaction(this.pool, async (c) => {
      for (let off = 0; off < keys.length; off += IN_LIST_MAX) {
        const part = keys.slice(off, off + IN_LIST_MAX);
        let n = 0;
        const tuples = part.map(() => `(${def.entityKeys.map(() => `:${++n}`).join(', ')})`).join(', ');
        const rows = (await c.execute(
          `SELECT ${[...def.entityKeys, '__event_time_us', ...features].map(q).join(', ')} FROM ${q(`fo__${def.name}`)}
           WHERE (${def.entityKeys.map(q).join(', ')}) IN (${tuples})`,
          part.flat(),
          { outFormat: this.types.outFormatArray },
        )).rows ?? [];
        for (const row of rows) found.set(JSON.stringify(row.slice(0, k).map(String)), row);
      }
    });
    const hits = keys.map((key) => found.get(JSON.stringify(key)));
    return {
      eventTimeUs: hits.map((row) => (row ? Number(row[k]) : null)),
      values: types.map((type: FeatureType, f) => hits.map((row) => (row ? fromOracle(row[k + 1 + f], type) : null))),
    };
  }

  async close(): Promise<void> {
    // The pool belongs to the caller (`openOracleFeatureStore` closes it).
  }
}
