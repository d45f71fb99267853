import { type FeatureGroupDefinition } from './feature-group-schema';

/** Oracle column types of the offline layout, as in the Autonomous Database offline store. */
const ORACLE_COLUMN: Record<string, string> = { int64: 'NUMBER(19)', float64: 'BINARY_DOUBLE', string: 'VARCHAR2(4000)', bool: 'NUMBER(1)' };

export interface ExternalTableOptions {
  /** DBMS_CLOUD credential able to read the objects (an auth token or resource principal credential, e.g. `OCI$RESOURCE_PRINCIPAL`). */
  readonly credentialName: string;
  /**
   * Object Storage URIs of the group's Parquet files; a trailing `*` matches many
   * (`https://objectstorage.eu-frankfurt-1.oraclecloud.com/n/ns/b/features/o/driver_stats/*.parquet`).
   */
  readonly fileUris: readonly string[];
  /**
   * Name of the external table.
   * @default - `fg__<group name>`, the name the point-in-time SQL joins
   */
  readonly tableName?: string;
}

const literal = (s: string) => `'${s.replace(/'/g, "''")}'`;

/**
 * The PL/SQL block that defines an Autonomous Database external table over a feature group's Parquet
 * files in Object Storage, with the offline store's layout (entity keys, `__event_time_us`, features,
 * `__seq`), so `pointInTimeSql` with `method: 'analytic'` joins it where the files live.
 *
 * @param definition the feature group definition
 * @param opts credential, file URIs and table name
 * @returns one `BEGIN DBMS_CLOUD.CREATE_EXTERNAL_TABLE(...); END;` block
 * @throws Error when no file URI is given or a URI is not HTTPS
 * @example
 * oracleExternalTableDdl(def, { credentialName: 'OCI$RESOURCE_PRINCIPAL',
 *   fileUris: ['https://objectstorage.eu-frankfurt-1.oraclecloud.com/n/ns/b/features/o/driver_stats/*.parquet'] });
 * // BEGIN DBMS_CLOUD.CREATE_EXTERNAL_TABLE(table_name => '"fg__driver_stats"', ...); END;
 */
export function oracleExternalTableDdl(definition: FeatureGroupDefinition, opts: ExternalTableOptions): string {
  if (opts.fileUris.length === 0) throw new Error(`oracleExternalTableDdl: group "${definition.name}": at least one file URI is required`);
  const bad = opts.fileUris.find((u) => !/^https:\/\/\S+$/.test(u));
  if (bad !== undefined) throw new Error(`oracleExternalTableDdl: group "${definition.name}": file URI "${bad}" must be an https:// Object Storage URI`);
  const columns = [
    ...definition.entityKeys.map((k) => `"${k}" VARCHAR2(512)`),
    '"__event_time_us" NUMBER(19)',
    ...definition.features.map((f) => `"${f.name}" ${ORACLE_COLUMN[f.type]}`),
    '"__seq" NUMBER(19)',
  ].join(', ');
  const table = opts.tableName ?? `fg__${definition.name}`;
  return [
    'BEGIN',
    '  DBMS_CLOUD.CREATE_EXTERNAL_TABLE(',
    `    table_name      => ${literal(`"${table}"`)},`,
    `    credential_name => ${literal(opts.credentialName)},`,
    `    file_uri_list   => ${literal(opts.fileUris.join(','))},`,
    `    format          => ${literal(JSON.stringify({ type: 'parquet', schema: 'first' }))},`,
    `    column_list     => ${literal(columns)}`,
    '  );',
    'END;',
  ].join('\n');
}
