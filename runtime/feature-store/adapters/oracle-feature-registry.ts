import { type FeatureGroupDefinition } from '../feature-group-schema';
import { type FeatureRegistry, type RegisteredFeatureGroup } from '../types';
import { executeDdl, inTransaction, type OraclePool, type OracleTypes } from './oracle-client';

const SELECT = 'SELECT version, definition, fingerprint, registered_at FROM fs_feature_groups WHERE name = :1 ORDER BY version';

/** The Autonomous Database registry: table FS_FEATURE_GROUPS, one row per (group, version), the definition as JSON text. */
export class OracleFeatureRegistry implements FeatureRegistry {
  static async create(pool: OraclePool, types: OracleTypes): Promise<OracleFeatureRegistry> {
    await inTransaction(pool, (c) =>
      executeDdl(c, `CREATE TABLE fs_feature_groups (name VARCHAR2(60) NOT NULL, version NUMBER(10) NOT NULL, definition CLOB NOT NULL CHECK (definition IS JSON),
        fingerprint VARCHAR2(64) NOT NULL, registered_at VARCHAR2(40) NOT NULL, PRIMARY KEY (name, version))`),
    );
    return new OracleFeatureRegistry(pool, types);
  }

  private constructor(private readonly pool: OraclePool, private readonly types: OracleTypes) {}

  async saveVersion(definition: FeatureGroupDefinition, fingerprint: string): Promise<{ group: RegisteredFeatureGroup; created: boolean }> {
    return inTransaction(this.pool, async (c) => {
      // Serialises concurrent registrations of any group until commit.
      await c.execute('LOCK TABLE fs_feature_groups IN EXCLUSIVE MODE');
      const rows = ((await c.execute(SELECT, [definition.name], this.fetchOptions())).rows ?? []) as Row[];
      const latest = rows.at(-1);
      if (latest && latest[2] === fingerprint) return { group: toGroup(latest), created: false };
      const row: Row = [(latest?.[0] ?? 0) + 1, JSON.stringify(definition), fingerprint, new Date().toISOString()];
      await c.execute('INSERT INTO fs_feature_groups (name, version, definition, fingerprint, registered_at) VALUES (:1, :2, :3, :4, :5)', [definition.name, ...row]);
      return { group: toGroup(row), created: true };
    });
  }

  async latest(name: string): Promise<RegisteredFeatureGroup | undefined> {
    return (await this.versions(name)).at(-1);
  }

  async versions(name: string): Promise<RegisteredFeatureGroup[]> {
    return inTransaction(this.pool, async (c) => (((await c.execute(SELECT, [name], this.fetchOptions())).rows ?? []) as Row[]).map(toGroup));
  }

  private fetchOptions() {
    return { outFormat: this.types.outFormatArray, fetchInfo: { DEFINITION: { type: this.types.varchar } } };
  }
}

type Row = [number, string, string, string];

function toGroup(row: Row): RegisteredFeatureGroup {
  return { version: row[0], definition: JSON.parse(row[1]) as FeatureGroupDefinition, fingerprint: row[2], registeredAt: row[3] };
}
