import { type FeatureGroupDefinition, type FeatureType } from '../feature-group-schema';
import { pointInTimeSql } from '../point-in-time-sql';
import { type FeatureBatch, type FeatureValue, type OfflineStore, type OfflineWriteResult, type PointInTimeQuery, type RegisteredFeatureGroup } from '../types';
import { pointInTimeGroups } from './point-in-time-groups';
import { quoteIdent as q } from '../../data/quote-sql';
import { executeDdl, inTransaction, type OracleConnection, type OraclePool, type OracleTypes } from './oracle-client';

/** Oracle column type of each feature type (bool as 0/1). */
export const ORACLE_TYPES: Record<FeatureType, string> = { int64: 'NUMBER(19)', float64: 'BINARY_DOUBLE', string: 'VARCHAR2(4000 CHAR)', bool: 'NUMBER(1)' };
/** Oracle column type of entity key values (text in every store). */
export const KEY_TYPE = 'VARCHAR2(512 CHAR)';
const STAGE = 'ORA$PTT_FS_STAGE';
const ENTITIES = 'ORA$PTT_FS_ENTITIES';

/**
 * The Autonomous Database offline store: a table per feature group (`"fg__<name>"`, same columns as
 * the embedded store) and FS_BATCHES. Batches are bulk-bound (`executeMany`) into a private temporary
 * table and merged set-wise in one transaction. Point-in-time joins run the window-function SQL of
 * `pointInTimeSql` (Oracle has no ASOF JOIN); the same SQL is checked against DuckDB's ASOF JOIN in
 * the tests. Large groups kept as Parquet in Object Storage can be exposed as external tables with
 * the same columns (see docs/feature-store.md) and joined by the same query.
 */
export class OracleOfflineStore implements OfflineStore {
  static async create(pool: OraclePool, types: OracleTypes): Promise<OracleOfflineStore> {
    await inTransaction(pool, (c) =>
      executeDdl(c, `CREATE TABLE fs_batches (group_name VARCHAR2(60) NOT NULL, seq NUMBER(19) NOT NULL, written NUMBER(19) NOT NULL,
        overwritten NUMBER(19) NOT NULL, written_at TIMESTAMP WITH TIME ZONE DEFAULT SYSTIMESTAMP NOT NULL, PRIMARY KEY (group_name, seq))`),
    );
    return new OracleOfflineStore(pool, types);
  }

  /** @param types - bind types of the loaded `oracledb` (also used by the computed-group path) */
  private constructor(private readonly pool: OraclePool, readonly types: OracleTypes) {}

  async ensureGroup(group: RegisteredFeatureGroup): Promise<void> {
    const def = group.definition;
    await inTransaction(this.pool, async (c) => {
      // An external table over Parquet (the large-data path) is read as is: no DDL on it.
      if (Number(await scalar(c, 'SELECT COUNT(*) FROM user_external_tables WHERE table_name = :1', [`fg__${def.name}`])) > 0) return;
      await executeDdl(c, `CREATE TABLE ${q(`fg__${def.name}`)} (${[
        ...def.entityKeys.map((k) => `${q(k)} ${KEY_TYPE} NOT NULL`),
        '"__event_time_us" NUMBER(19) NOT NULL',
        ...def.features.map((f) => `${q(f.name)} ${ORACLE_TYPES[f.type]}`),
        '"__seq" NUMBER(19) NOT NULL',
      ].join(', ')})`);
      await executeDdl(c, `CREATE INDEX ${q(`fg__${def.name}__k`)} ON ${q(`fg__${def.name}`)} (${[...def.entityKeys, '__event_time_us'].map(q).join(', ')})`);
      for (const f of def.features) await executeDdl(c, `ALTER TABLE ${q(`fg__${def.name}`)} ADD (${q(f.name)} ${ORACLE_TYPES[f.type]})`);
    });
  }

  async writeBatch(group: RegisteredFeatureGroup, batch: FeatureBatch): Promise<OfflineWriteResult> {
    const def = group.definition;
    const names = [...def.entityKeys, '__event_time_us', ...def.features.map((f) => f.name)];
    return inTransaction(this.pool, async (c) => {
      await createStage(c, def);
      await c.executeMany(`INSERT INTO ${STAGE} VALUES (${names.map((_, i) => `:${i + 1}`).join(', ')})`, batchBinds(def, batch), { bindDefs: batchBindDefs(def, this.types) });
      return mergeStage(c, def, batch.length);
    });
  }

  /**
   * Runs `work` in one transaction on a pooled connection of this store: commit on success, rollback
   * on error (a computed group stores its events and their feature rows together, or neither).
   */
  async transaction<T>(work: (c: OracleConnection) => Promise<T>): Promise<T> {
    return inTransaction(this.pool, work);
  }

  /**
   * Writes the rows of a query as one batch inside the caller's transaction, like `writeBatch` but
   * without the rows passing through JavaScript (computed feature groups). The query gives the entity
   * keys (text), `"__event_time_us"` and the feature columns listed in `features` (the group's other
   * features are null), at most one row per (keys, event time).
   *
   * @param c - a connection of `transaction`
   * @param group - the registered group (its table exists: `ensureGroup`)
   * @param sql - the query
   * @param features - the feature columns the query gives
   * @returns what the batch wrote, like `writeBatch`
   * @throws Error naming a feature the group does not have
   */
  async writeQuery(c: OracleConnection, group: RegisteredFeatureGroup, sql: string, features: readonly string[]): Promise<OfflineWriteResult> {
    const def = group.definition;
    const unknown = features.find((f) => !def.features.some((d) => d.name === f));
    if (unknown !== undefined) throw new Error(`OracleOfflineStore.writeQuery: group "${def.name}" has no feature "${unknown}"`);
    await createStage(c, def);
    const list = [...def.entityKeys, '__event_time_us', ...features].map(q).join(', ');
    const rows = (await c.execute(`INSERT INTO ${STAGE} (${list}) SELECT ${list} FROM (${sql}) s`)).rowsAffected ?? 0;
    return mergeStage(c, def, rows);
  }

  async pointInTimeJoin(query: PointInTimeQuery): Promise<FeatureValue[][]> {
    const { entities } = query;
    return inTransaction(this.pool, async (c) => {
      await c.execute(`CREATE PRIVATE TEMPORARY TABLE ${ENTITIES} ("__idx" NUMBER(10), ${entities.keyColumns.map((k) => `${q(k)} ${KEY_TYPE}`).join(', ')}, "__ts" NUMBER(19)) ON COMMIT DROP DEFINITION`);
      const rows = Array.from({ length: entities.length }, (_, i) => [i, ...entities.keys.map((k) => k[i]), entities.eventTimeUs[i]]);
      await c.executeMany(`INSERT INTO ${ENTITIES} VALUES (${rows[0]!.map((_, i) => `:${i + 1}`).join(', ')})`, rows, {
        bindDefs: [{ type: this.types.number }, ...entities.keyColumns.map(() => ({ type: this.types.varchar, maxSize: 2048 })), { type: this.types.number }],
      });
      const sql = pointInTimeSql({
        entityTable: ENTITIES,
        method: 'analytic',
        integerType: 'NUMBER(19)',
        groups: pointInTimeGroups(query, (name) => `fg__${name}`),
      });
      const types = query.groups.flatMap(({ group, features }) => features.map((name) => group.definition.features.find((f) => f.name === name)!.type));
      const result = (await c.execute(sql, [], { outFormat: this.types.outFormatArray, maxRows: 0 })).rows ?? [];
      return types.map((type, col) => result.map((row) => fromOracle(row[col], type)));
    });
  }

  async latestSince(group: RegisteredFeatureGroup, afterSeq: number): Promise<{ batch: FeatureBatch; maxSeq: number }> {
    const def = group.definition;
    const keys = def.entityKeys.map(q).join(', ');
    return inTransaction(this.pool, async (c) => {
      const maxSeq = Number(await scalar(c, 'SELECT NVL(MAX(seq), 0) FROM fs_batches WHERE group_name = :1', [def.name]));
      const columns = [...def.entityKeys, '__event_time_us', ...def.features.map((f) => f.name)].map(q).join(', ');
      const rows = (await c.execute(
        `SELECT ${columns} FROM (SELECT t.*, ROW_NUMBER() OVER (PARTITION BY ${keys} ORDER BY "__event_time_us" DESC) "__rn"
         FROM ${q(`fg__${def.name}`)} t WHERE "__seq" > :1 AND "__seq" <= :2) WHERE "__rn" = 1`,
        [afterSeq, maxSeq],
        { outFormat: this.types.outFormatArray, maxRows: 0 },
      )).rows ?? [];
      const k = def.entityKeys.length;
      return {
        maxSeq: Math.max(maxSeq, afterSeq),
        batch: {
          length: rows.length,
          keys: def.entityKeys.map((_, i) => rows.map((r) => String(r[i]))),
          eventTimeUs: rows.map((r) => Number(r[k])),
          features: def.features.map((f, j) => rows.map((r) => fromOracle(r[k + 1 + j], f.type))),
        },
      };
    });
  }

  async close(): Promise<void> {
    // The pool belongs to the caller (`openOracleFeatureStore` closes it).
  }
}

/** Creates the private temporary table a batch is staged in (dropped at commit). */
async function createStage(c: OracleConnection, def: FeatureGroupDefinition): Promise<void> {
  const columns = [...def.entityKeys.map((k) => `${q(k)} ${KEY_TYPE}`), '"__event_time_us" NUMBER(19)', ...def.features.map((f) => `${q(f.name)} ${ORACLE_TYPES[f.type]}`)];
  await c.execute(`CREATE PRIVATE TEMPORARY TABLE ${STAGE} (${columns.join(', ')}) ON COMMIT DROP DEFINITION`);
}

/** Replaces the group's rows with the staged rows' (keys, time), appends the staged rows and records the batch; serialised per database by the FS_BATCHES lock. */
async function mergeStage(c: OracleConnection, def: FeatureGroupDefinition, rows: number): Promise<OfflineWriteResult> {
  const table = q(`fg__${def.name}`);
  const list = [...def.entityKeys, '__event_time_us', ...def.features.map((f) => f.name)].map(q).join(', ');
  await c.execute('LOCK TABLE fs_batches IN EXCLUSIVE MODE');
  const seq = Number(await scalar(c, 'SELECT NVL(MAX(seq), 0) + 1 FROM fs_batches WHERE group_name = :1', [def.name]));
  const match = [...def.entityKeys, '__event_time_us'].map((k) => `t.${q(k)} = s.${q(k)}`).join(' AND ');
  const deleted = (await c.execute(`DELETE FROM ${table} t WHERE EXISTS (SELECT 1 FROM ${STAGE} s WHERE ${match})`)).rowsAffected ?? 0;
  await c.execute(`INSERT INTO ${table} (${list}, "__seq") SELECT ${list}, ${seq} FROM ${STAGE}`);
  await c.execute('INSERT INTO fs_batches (group_name, seq, written, overwritten) VALUES (:1, :2, :3, :4)', [def.name, seq, rows, deleted]);
  return { written: rows, overwritten: deleted, seq };
}

/** A batch as bind rows: key columns, event time, features (bool as 0/1). */
export function batchBinds(def: FeatureGroupDefinition, batch: FeatureBatch): unknown[][] {
  return Array.from({ length: batch.length }, (_, i) => [
    ...batch.keys.map((k) => k[i]),
    batch.eventTimeUs[i],
    ...batch.features.map((f, j) => toOracle(f[i] ?? null, def.features[j]!.type)),
  ]);
}

/** `executeMany` bind definitions matching `batchBinds`. */
export function batchBindDefs(def: FeatureGroupDefinition, types: OracleTypes): Record<string, unknown>[] {
  return [
    ...def.entityKeys.map(() => ({ type: types.varchar, maxSize: 2048 })),
    { type: types.number },
    ...def.features.map((f) => (f.type === 'string' ? { type: types.varchar, maxSize: 16000 } : f.type === 'float64' ? { type: types.binaryDouble } : { type: types.number })),
  ];
}

/** Feature value to bind value (bool as 0/1). */
export function toOracle(value: FeatureValue, type: FeatureType): string | number | null {
  if (value === null) return null;
  return type === 'bool' ? (value ? 1 : 0) : (value as string | number);
}

/** Fetched value to feature value; Oracle stores '' as NULL, so an empty string reads back null. */
export function fromOracle(value: unknown, type: FeatureType): FeatureValue {
  if (value === null || value === undefined) return null;
  if (type === 'bool') return Number(value) === 1;
  if (type === 'string') return String(value);
  return Number(value);
}

async function scalar(c: OracleConnection, sql: string, binds: unknown[]): Promise<unknown> {
  return ((await c.execute(sql, binds)).rows?.[0] as unknown[] | undefined)?.[0] ?? null;
}
