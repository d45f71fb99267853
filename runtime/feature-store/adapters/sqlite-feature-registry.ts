import type Database from 'better-sqlite3';
import { type FeatureGroupDefinition } from '../feature-group-schema';
import { type FeatureRegistry, type RegisteredFeatureGroup } from '../types';

interface Row {
  version: number;
  definition: string;
  fingerprint: string;
  registered_at: string;
}

/** The embedded registry: table `__fs_feature_groups`, one row per (group, version) with the definition as JSON. */
export class SqliteFeatureRegistry implements FeatureRegistry {
  // Prepared once: `latest` runs on every online read.
  private readonly latestStmt: Database.Statement;
  private readonly versionsStmt: Database.Statement;

  constructor(private readonly db: Database.Database) {
    db.exec(`CREATE TABLE IF NOT EXISTS "__fs_feature_groups" (
      name TEXT NOT NULL, version INTEGER NOT NULL, definition TEXT NOT NULL, fingerprint TEXT NOT NULL,
      registered_at TEXT NOT NULL, PRIMARY KEY (name, version))`);
    this.latestStmt = db.prepare('SELECT version, definition, fingerprint, registered_at FROM "__fs_feature_groups" WHERE name = ? ORDER BY version DESC LIMIT 1');
    this.versionsStmt = db.prepare('SELECT version, definition, fingerprint, registered_at FROM "__fs_feature_groups" WHERE name = ? ORDER BY version');
  }

  async saveVersion(definition: FeatureGroupDefinition, fingerprint: string): Promise<{ group: RegisteredFeatureGroup; created: boolean }> {
    return this.db.transaction(() => {
      const latest = this.latestRow(definition.name);
      if (latest && latest.fingerprint === fingerprint) return { group: toGroup(latest), created: false };
      const row: Row = { version: (latest?.version ?? 0) + 1, definition: JSON.stringify(definition), fingerprint, registered_at: new Date().toISOString() };
      this.db.prepare('INSERT INTO "__fs_feature_groups" (name, version, definition, fingerprint, registered_at) VALUES (?, ?, ?, ?, ?)')
        .run(definition.name, row.version, row.definition, row.fingerprint, row.registered_at);
      return { group: toGroup(row), created: true };
    }).immediate();
  }

  async latest(name: string): Promise<RegisteredFeatureGroup | undefined> {
    const row = this.latestRow(name);
    return row ? toGroup(row) : undefined;
  }

  async versions(name: string): Promise<RegisteredFeatureGroup[]> {
    return (this.versionsStmt.all(name) as Row[]).map(toGroup);
  }

  private latestRow(name: string): Row | undefined {
    return this.latestStmt.get(name) as Row | undefined;
  }
}

function toGroup(row: Row): RegisteredFeatureGroup {
  return { definition: JSON.parse(row.definition) as FeatureGroupDefinition, version: row.version, fingerprint: row.fingerprint, registeredAt: row.registered_at };
}
