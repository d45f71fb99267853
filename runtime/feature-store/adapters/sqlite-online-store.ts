import { quoteIdent as q } from '../../data/quote-sql';
import type Database from 'better-sqlite3';
import { type FeatureType } from '../feature-group-schema';
import { type FeatureBatch, type FeatureValue, type OnlineStore, type RegisteredFeatureGroup } from '../types';

const SQLITE_TYPES: Record<FeatureType, string> = { int64: 'INTEGER', float64: 'REAL', string: 'TEXT', bool: 'INTEGER' };

/**
 * The embedded online store: a SQLite table per feature group (`fg__<name>`), one row per entity with
 * the latest values and their event time, keyed by the entity key columns (`WITHOUT ROWID`, so a
 * lookup is one B-tree search), and `__fs_watermarks`, the last offline batch materialised per group.
 */
export class SqliteOnlineStore implements OnlineStore {
  private readonly readers = new Map<string, { fingerprint: string; stmt: Database.Statement }>();

  constructor(private readonly db: Database.Database) {
    db.pragma('journal_mode = WAL');
    db.exec('CREATE TABLE IF NOT EXISTS "__fs_watermarks" (group_name TEXT PRIMARY KEY, seq INTEGER NOT NULL, materialized_at TEXT NOT NULL)');
  }

  async ensureGroup(group: RegisteredFeatureGroup): Promise<void> {
    const def = group.definition;
    const table = q(`fg__${def.name}`);
    this.db.transaction(() => {
      this.db.exec(`CREATE TABLE IF NOT EXISTS ${table} (${[
        ...def.entityKeys.map((k) => `${q(k)} TEXT NOT NULL`),
        '"__event_time_us" INTEGER NOT NULL',
        ...def.features.map((f) => `${q(f.name)} ${SQLITE_TYPES[f.type]}`),
        `PRIMARY KEY (${def.entityKeys.map(q).join(', ')})`,
      ].join(', ')}) WITHOUT ROWID`);
      const existing = new Set((this.db.prepare(`SELECT name FROM pragma_table_info(?)`).all(`fg__${def.name}`) as { name: string }[]).map((r) => r.name));
      for (const f of def.features) {
        if (!existing.has(f.name)) this.db.exec(`ALTER TABLE ${table} ADD COLUMN ${q(f.name)} ${SQLITE_TYPES[f.type]}`);
      }
    })();
  }

  async writeLatest(group: RegisteredFeatureGroup, batch: FeatureBatch, seq: number, replace: boolean): Promise<number> {
    const def = group.definition;
    const table = q(`fg__${def.name}`);
    const columns = [...def.entityKeys, '__event_time_us', ...def.features.map((f) => f.name)];
    const updates = ['__event_time_us', ...def.features.map((f) => f.name)].map((c) => `${q(c)} = excluded.${q(c)}`).join(', ');
    const upsert = this.db.prepare(
      `INSERT INTO ${table} (${columns.map(q).join(', ')}) VALUES (${columns.map(() => '?').join(', ')})
       ON CONFLICT (${def.entityKeys.map(q).join(', ')}) DO UPDATE SET ${updates}
       WHERE excluded."__event_time_us" >= ${table}."__event_time_us"`,
    );
    const mark = this.db.prepare(`INSERT INTO "__fs_watermarks" (group_name, seq, materialized_at) VALUES (?, ?, ?)
      ON CONFLICT (group_name) DO UPDATE SET seq = excluded.seq, materialized_at = excluded.materialized_at`);
    return this.db.transaction(() => {
      if (replace) this.db.exec(`DELETE FROM ${table}`);
      let changed = 0;
      const row: unknown[] = new Array(columns.length);
      for (let i = 0; i < batch.length; i++) {
        let c = 0;
        for (const k of batch.keys) row[c++] = k[i];
        row[c++] = batch.eventTimeUs[i];
        for (const f of batch.features) row[c++] = toSqlite(f[i] ?? null);
        changed += upsert.run(...row).changes;
      }
      mark.run(def.name, seq, new Date().toISOString());
      return changed;
    })();
  }

  async watermark(groupName: string): Promise<number> {
    const row = this.db.prepare('SELECT seq FROM "__fs_watermarks" WHERE group_name = ?').get(groupName) as { seq: number } | undefined;
    return row?.seq ?? 0;
  }

  async read(group: RegisteredFeatureGroup, features: readonly string[], keys: readonly (readonly string[])[]): Promise<{ eventTimeUs: (number | null)[]; values: FeatureValue[][] }> {
    const bools = features.map((name) => group.definition.features.find((f) => f.name === name)?.type === 'bool');
    const { rows, offset } = this.lookup(group, features, keys);
    // Plain loops into preallocated columns: this runs on every online request, and what it
    // allocates decides how often the serving process stops for a young-generation GC.
    const eventTimeUs: (number | null)[] = new Array<number | null>(rows.length);
    const values: FeatureValue[][] = features.map(() => new Array<FeatureValue>(rows.length));
    for (let i = 0; i < rows.length; i++) {
      const row = rows[i];
      eventTimeUs[i] = row ? (row[offset] as number) : null;
      for (let f = 0; f < features.length; f++) {
        const v = row ? (row[offset + 1 + f] as FeatureValue) : null;
        values[f]![i] = bools[f] && v !== null ? v === 1 : v;
      }
    }
    return { eventTimeUs, values };
  }

  /**
   * The stored row of each key, in key order, and where in a row the event time sits (the features
   * follow it). A group with one entity key is read in one statement (`IN json_each(?)`): one SQLite
   * call for the whole request instead of one per key, which is what keeps a 100-key lookup well
   * under a millisecond; its rows start with the key (offset 1).
   */
  private lookup(group: RegisteredFeatureGroup, features: readonly string[], keys: readonly (readonly string[])[]): { rows: (unknown[] | undefined)[]; offset: number } {
    if (group.definition.entityKeys.length !== 1) {
      const stmt = this.reader(group, features, 'one');
      return { rows: keys.map((key) => stmt.get(...key) as unknown[] | undefined), offset: 0 };
    }
    const wanted: string[] = new Array<string>(keys.length);
    for (let i = 0; i < keys.length; i++) wanted[i] = keys[i]![0]!;
    const found = new Map<string, unknown[]>();
    for (const row of this.reader(group, features, 'many').all(JSON.stringify(wanted)) as unknown[][]) found.set(row[0] as string, row);
    const rows: (unknown[] | undefined)[] = new Array<unknown[] | undefined>(keys.length);
    for (let i = 0; i < keys.length; i++) rows[i] = found.get(wanted[i]!);
    return { rows, offset: 1 };
  }

  async close(): Promise<void> {
    this.readers.clear();
  }

  private reader(group: RegisteredFeatureGroup, features: readonly string[], mode: 'one' | 'many'): Database.Statement {
    const id = `${mode}\u0000${group.definition.name}\u0000${features.join('\u0000')}`;
    const cached = this.readers.get(id);
    if (cached && cached.fingerprint === group.fingerprint) return cached.stmt;
    const def = group.definition;
    const columns = `"__event_time_us", ${features.map(q).join(', ')}`;
    const table = q(`fg__${def.name}`);
    const sql = mode === 'one'
      ? `SELECT ${columns} FROM ${table} WHERE ${def.entityKeys.map((k) => `${q(k)} = ?`).join(' AND ')}`
      : `SELECT ${q(def.entityKeys[0]!)}, ${columns} FROM ${table} WHERE ${q(def.entityKeys[0]!)} IN (SELECT value FROM json_each(?))`;
    const stmt = this.db.prepare(sql).raw(true);
    this.readers.set(id, { fingerprint: group.fingerprint, stmt });
    return stmt;
  }
}

function toSqlite(value: FeatureValue): string | number | null {
  return typeof value === 'boolean' ? (value ? 1 : 0) : value;
}
