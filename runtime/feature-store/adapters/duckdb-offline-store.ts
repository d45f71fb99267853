import { BIGINT, INTEGER, VARCHAR, DuckDBInstance, type DuckDBConnection, type DuckDBType } from '@duckdb/node-api';
import { basename } from 'node:path';
import { type DataSession, type DataTable } from '../../data';
import { pointInTimeSql } from '../point-in-time-sql';
import { type FeatureBatch, type FeatureValue, type OfflineStore, type OfflineWriteResult, type PointInTimeQuery, type RegisteredFeatureGroup } from '../types';
import { pointInTimeGroups } from './point-in-time-groups';
import { quoteIdent as q } from '../../data/quote-sql';
import { appendColumns, createLock, DUCKDB_TYPES, toFeatureValue } from './duckdb-columns';
import { stageEntityRows } from './point-in-time-join-staged';

/** A point-in-time join whose entity rows are a table and whose result is a file. */
export interface PointInTimeTableQuery {
  /** A data session on the store's connection. */
  readonly session: DataSession;
  /** Entity rows: the groups' entity key columns and the event time column, any other columns kept. */
  readonly entities: DataTable;
  readonly eventTimeColumn: string;
  readonly groups: PointInTimeQuery['groups'];
  /** Output names of the features, group by group, feature by feature. */
  readonly columnNames: readonly string[];
  /** Output file (`.csv`, `.csv.gz`, `.parquet`). */
  readonly out: string;
}

/**
 * The embedded offline store: one DuckDB database file, a columnar table per feature group
 * (`fg__<name>`: key columns, `__event_time_us`, the features, `__seq` of the batch that wrote the
 * row) and `__fs_batches`, one row per ingested batch. Batches arrive through DuckDB's appender in
 * data chunks and are merged set-wise in one transaction; point-in-time joins use `ASOF JOIN`.
 */
export class DuckDbOfflineStore implements OfflineStore {
  /** Opens (creating if needed) the database file; `:memory:` keeps it in memory. */
  static async open(path: string, opts: { method?: 'asof' | 'analytic' } = {}): Promise<DuckDbOfflineStore> {
    const instance = await DuckDBInstance.create(path);
    const connection = await instance.connect();
    await connection.run('CREATE TABLE IF NOT EXISTS "__fs_batches" (group_name VARCHAR NOT NULL, seq BIGINT NOT NULL, written BIGINT NOT NULL, overwritten BIGINT NOT NULL, written_at TIMESTAMPTZ NOT NULL DEFAULT current_timestamp, PRIMARY KEY (group_name, seq))');
    return new DuckDbOfflineStore(instance, connection, opts.method ?? 'asof');
  }

  private readonly exclusive = createLock();
  private tempCounter = 0;

  private constructor(
    private readonly instance: DuckDBInstance,
    /** The open connection, for callers that query the tables directly (exports, checks). */
    readonly connection: DuckDBConnection,
    private readonly method: 'asof' | 'analytic',
  ) {}

  async ensureGroup(group: RegisteredFeatureGroup): Promise<void> {
    const def = group.definition;
    const table = tableOf(def.name);
    await this.exclusive(async () => {
      const columns = [
        ...def.entityKeys.map((k) => `${q(k)} VARCHAR NOT NULL`),
        '"__event_time_us" BIGINT NOT NULL',
        ...def.features.map((f) => `${q(f.name)} ${DUCKDB_TYPES[f.type].sql}`),
        '"__seq" BIGINT NOT NULL',
      ];
      await this.connection.run(`CREATE TABLE IF NOT EXISTS ${q(table)} (${columns.join(', ')})`);
      const existing = new Set((await this.connection.runAndReadAll(`SELECT column_name FROM information_schema.columns WHERE table_name = $1`, [table])).getColumns()[0]!.map(String));
      for (const f of def.features) {
        if (!existing.has(f.name)) await this.connection.run(`ALTER TABLE ${q(table)} ADD COLUMN ${q(f.name)} ${DUCKDB_TYPES[f.type].sql}`);
      }
    });
  }

  async writeBatch(group: RegisteredFeatureGroup, batch: FeatureBatch): Promise<OfflineWriteResult> {
    const def = group.definition;
    return this.exclusive(async () => {
      const stage = `__stage_${++this.tempCounter}`;
      const names = [...def.entityKeys, '__event_time_us', ...def.features.map((f) => f.name)];
      const types: DuckDBType[] = [...def.entityKeys.map(() => VARCHAR), BIGINT, ...def.features.map((f) => DUCKDB_TYPES[f.type].type)];
      await this.connection.run(`CREATE TEMP TABLE ${q(stage)} (${names.map((n, i) => `${q(n)} ${types[i]!.toString()}`).join(', ')})`);
      try {
        await appendColumns(this.connection, stage, types, [...batch.keys, batch.eventTimeUs, ...batch.features], batch.length);
        return await this.transaction(() => this.mergeStage(group, stage, batch.length));
      } finally {
        await this.connection.run(`DROP TABLE IF EXISTS ${q(stage)}`);
      }
    });
  }

  /**
   * Writes the rows of a query on this store's connection as one batch, like `writeBatch` but without
   * the rows passing through JavaScript (computed feature groups). The query gives the entity keys
   * (text), `"__event_time_us"` and the feature columns listed in `features` (the group's other
   * features are null), at most one row per (keys, event time).
   *
   * @param group - the registered group (its table exists: `ensureGroup`)
   * @param sql - the query, on this store's connection
   * @param features - the feature columns the query gives
   * @param opts - `before`: statements run first in the same transaction (a computed group stores
   *   the poll's events there, so events and their feature rows commit together)
   * @returns what the batch wrote, like `writeBatch`
   * @throws Error naming a feature the group does not have
   */
  async writeQuery(group: RegisteredFeatureGroup, sql: string, features: readonly string[], opts: { readonly before?: readonly string[] } = {}): Promise<OfflineWriteResult> {
    const def = group.definition;
    const unknown = features.find((f) => !def.features.some((d) => d.name === f));
    if (unknown !== undefined) throw new Error(`DuckDbOfflineStore.writeQuery: group "${def.name}" has no feature "${unknown}"`);
    return this.exclusive(async () => {
      const stage = `__stage_${++this.tempCounter}`;
      const columns = [
        ...[...def.entityKeys, '__event_time_us'].map((k) => `s.${q(k)}`),
        ...def.features.map((f) => (features.includes(f.name) ? `CAST(s.${q(f.name)} AS ${DUCKDB_TYPES[f.type].sql}) AS ${q(f.name)}` : `CAST(NULL AS ${DUCKDB_TYPES[f.type].sql}) AS ${q(f.name)}`)),
      ];
      try {
        return await this.transaction(async () => {
          for (const statement of opts.before ?? []) await this.connection.run(statement);
          await this.connection.run(`CREATE TEMP TABLE ${q(stage)} AS SELECT ${columns.join(', ')} FROM (${sql}) s`);
          const rows = Number((await this.connection.runAndReadAll(`SELECT count(*) FROM ${q(stage)}`)).getColumns()[0]![0]);
          return this.mergeStage(group, stage, rows);
        });
      } finally {
        await this.connection.run(`DROP TABLE IF EXISTS ${q(stage)}`);
      }
    });
  }

  /** Replaces the group's rows with the staged rows' (keys, time) and appends the staged rows; the caller holds the transaction. */
  private async mergeStage(group: RegisteredFeatureGroup, stage: string, rows: number): Promise<OfflineWriteResult> {
    const def = group.definition;
    const table = q(tableOf(def.name));
    const names = [...def.entityKeys, '__event_time_us', ...def.features.map((f) => f.name)];
    const match = [...def.entityKeys, '__event_time_us'].map((k) => `t.${q(k)} = s.${q(k)}`).join(' AND ');
    const seq = Number((await this.scalar(`SELECT COALESCE(MAX(seq), 0) + 1 FROM "__fs_batches" WHERE group_name = $1`, [def.name])) ?? 1);
    // The store holds one row per (keys, time), so the rows deleted are the rows this batch replaces.
    const overwritten = Number((await this.connection.run(`DELETE FROM ${table} t USING ${q(stage)} s WHERE ${match}`)).rowsChanged);
    const list = names.map(q).join(', ');
    await this.connection.run(`INSERT INTO ${table} (${list}, "__seq") SELECT ${list}, ${seq} FROM ${q(stage)}`);
    await this.connection.run(`INSERT INTO "__fs_batches" (group_name, seq, written, overwritten) VALUES ($1, ${seq}, ${rows}, ${overwritten})`, [def.name]);
    return { written: rows, overwritten, seq };
  }

  /** Runs `work` in one transaction on the store's connection: commit on success, rollback on error. */
  private async transaction<T>(work: () => Promise<T>): Promise<T> {
    await this.connection.run('BEGIN TRANSACTION');
    try {
      const result = await work();
      await this.connection.run('COMMIT');
      return result;
    } catch (err) {
      await this.connection.run('ROLLBACK');
      throw err;
    }
  }

  async pointInTimeJoin(query: PointInTimeQuery): Promise<FeatureValue[][]> {
    return this.exclusive(async () => {
      const ents = `__ents_${++this.tempCounter}`;
      const { entities } = query;
      await this.connection.run(`CREATE TEMP TABLE ${q(ents)} ("__idx" INTEGER, ${entities.keyColumns.map((k) => `${q(k)} VARCHAR`).join(', ')}, "__ts" BIGINT)`);
      try {
        const idx = Array.from({ length: entities.length }, (_, i) => i);
        await appendColumns(this.connection, ents, [INTEGER, ...entities.keyColumns.map(() => VARCHAR), BIGINT], [idx, ...entities.keys, entities.eventTimeUs], entities.length);
        const sql = pointInTimeSql({
          entityTable: ents,
          method: this.method,
          groups: pointInTimeGroups(query, tableOf),
        });
        const columns = (await this.connection.runAndReadAll(sql)).getColumns();
        return columns.map((values, c) => values.map((v) => toFeatureValue(v, `c${c}`)));
      } finally {
        await this.connection.run(`DROP TABLE IF EXISTS ${q(ents)}`);
      }
    });
  }

  async latestSince(group: RegisteredFeatureGroup, afterSeq: number): Promise<{ batch: FeatureBatch; maxSeq: number }> {
    const def = group.definition;
    return this.exclusive(async () => {
      const maxSeq = Number((await this.scalar(`SELECT COALESCE(MAX(seq), 0) FROM "__fs_batches" WHERE group_name = $1`, [def.name])) ?? 0);
      const keys = def.entityKeys.map(q).join(', ');
      const reader = await this.connection.runAndReadAll(
        `SELECT ${keys}, "__event_time_us", ${def.features.map((f) => q(f.name)).join(', ')} FROM ${q(tableOf(def.name))}
         WHERE "__seq" > ${afterSeq} AND "__seq" <= ${maxSeq}
         QUALIFY row_number() OVER (PARTITION BY ${keys} ORDER BY "__event_time_us" DESC) = 1`,
      );
      // A result without rows has no column arrays at all.
      const columns = reader.currentRowCount === 0 ? reader.columnNames().map(() => []) : reader.getColumns();
      const k = def.entityKeys.length;
      return {
        maxSeq: Math.max(maxSeq, afterSeq),
        batch: {
          length: reader.currentRowCount,
          keys: columns.slice(0, k).map((c) => c.map(String)),
          eventTimeUs: columns[k]!.map((v) => Number(v)),
          features: columns.slice(k + 1).map((c, f) => c.map((v) => toFeatureValue(v, def.features[f]!.name))),
        },
      };
    });
  }

  /**
   * `pointInTimeJoin` from a table to a file, with no row in JavaScript: the entity rows are read by
   * DuckDB from `entities` (a CSV or Parquet file opened in a `DataSession` on this store's
   * connection), their keys and times staged, joined to the group tables in the database, and the
   * entity columns followed by the feature columns (`columnNames`, NULL where nothing matched) are
   * written to `out` in entity order by `COPY ... TO` (CSV or Parquet by its name, renamed into
   * place when complete).
   *
   * @returns the number of rows written
   * @throws Error naming the file, row and column of a missing key column or a bad event time
   */
  async pointInTimeJoinTable(input: PointInTimeTableQuery): Promise<number> {
    const { session, entities } = input;
    if (session.connection !== this.connection) throw new Error('pointInTimeJoinTable: open the entity table in a DataSession on this store\'s connection (DataSession.create({ connection: store.connection }))');
    const keyColumns = [...new Set(input.groups.flatMap((g) => g.group.definition.entityKeys))];
    entities.requireColumns([...keyColumns, input.eventTimeColumn], 'entity key or event time');
    return this.exclusive(async () => {
      const ents = `__ents_${++this.tempCounter}`;
      const file = basename(entities.source);
      const source = { relation: entities.relation(), name: file, columns: entities.columns, rowLabel: (i: number) => `${file} ${entities.rowLabel(i)}` };
      try {
        // Keys as text, as the group tables keep them.
        const keys = keyColumns.map(q);
        const select = `* REPLACE (${keys.map((k) => `CAST(${k} AS VARCHAR) AS ${k}`).join(', ')})`;
        await entities.run(() => stageEntityRows(this.connection, { table: ents, source, select, time: input.eventTimeColumn }));
        const sql = pointInTimeSql({ entityTable: ents, method: this.method, entityColumns: entities.columnNames, columnNames: input.columnNames, groups: pointInTimeGroups(input, tableOf) });
        return await session.write(sql, input.out);
      } finally {
        await this.connection.run(`DROP TABLE IF EXISTS ${q(ents)}`);
      }
    });
  }

  /**
   * Writes the group's offline table to a Parquet file (zstd), the layout the large-data path keeps
   * in Object Storage: entity keys, `__event_time_us`, features, `__seq`, one row per (entity, time).
   * Returns the number of rows written.
   */
  async exportParquet(group: RegisteredFeatureGroup, path: string): Promise<number> {
    return this.exclusive(async () => {
      const result = await this.connection.run(`COPY ${q(tableOf(group.definition.name))} TO '${path.replace(/'/g, "''")}' (FORMAT parquet, COMPRESSION zstd)`);
      return Number(result.rowsChanged);
    });
  }

  async close(): Promise<void> {
    await this.exclusive(async () => {
      this.connection.closeSync();
      this.instance.closeSync();
    });
  }

  private async scalar(sql: string, params?: (string | number)[]): Promise<unknown> {
    const reader = await this.connection.runAndReadAll(sql, params);
    return reader.getColumns()[0]?.[0] ?? null;
  }
}

/** The offline table of a feature group. */
export function tableOf(groupName: string): string {
  return `fg__${groupName}`;
}
