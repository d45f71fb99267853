import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { type Command, InvalidArgumentError } from 'commander';
import { parse as parseYaml } from 'yaml';
import { type EmbeddedFeatureStore } from '../../runtime/feature-store/adapters/open-embedded-feature-store';
import { type DataSession } from '../../runtime/data/data-session';
import { type DataTable } from '../../runtime/data/data-table';
import { type TableFormat } from '../../runtime/data/table-location';
import { CliError } from '../cli-error';
import { parseTableFormat } from '../table-options';
import { type CommandRegistrar } from '../command-registrar';
import { registerFeaturesCompute } from './features-compute';

const DEFAULT_STORE = '.oci-mlops/feature-store';

interface StoreOption {
  store: string;
}

/**
 * `oci-mlops features ...`: register feature groups, ingest CSV files, materialise, read online
 * features, and a store-less point-in-time join of two CSV files.
 */
export const registerFeaturesCommand: CommandRegistrar = (program) => {
  const features = program.command('features').description('Feature store: feature groups, ingestion, point-in-time joins, online features.');
  const storeOption = (cmd: Command) =>
    cmd.option('--store <dir>', 'embedded store directory (DuckDB offline, SQLite online and registry)', process.env.OCI_MLOPS_FEATURE_STORE ?? DEFAULT_STORE);

  storeOption(features.command('register'))
    .description('Register a feature group from a YAML or JSON definition; a changed definition becomes a new version.')
    .requiredOption('--file <GROUP.yaml>', 'feature group definition')
    .action(async (opts: StoreOption & { file: string }) => {
      const definition = readStructured(opts.file);
      const { registerFeatureGroup } = await import('../../runtime/feature-store/register-feature-group');
      await withStore(opts.store, async (stores) => {
        const { group, created } = await registerFeatureGroup(stores, definition);
        const name = group.definition.name;
        process.stdout.write(created ? `registered feature group "${name}" version ${group.version}\n` : `feature group "${name}" is unchanged at version ${group.version}\n`);
      });
    });

  storeOption(features.command('ingest'))
    .description('Validate a CSV or Parquet file (local or oci://) against a feature group and write it to the offline store; nothing is written if any row is invalid.')
    .requiredOption('--group <NAME>', 'registered feature group')
    .requiredOption('--file <DATA>', 'rows with a header: entity keys, event time, features (.csv, .csv.gz, .parquet or oci://bucket@namespace/object)')
    .option('--format <FORMAT>', 'csv or parquet, when the file name does not tell', parseTableFormat)
    .action(async (opts: StoreOption & { group: string; file: string; format?: TableFormat }) => {
      const [{ ingestColumns }, { readFeatureTable }] = await Promise.all([import('../../runtime/feature-store/ingest'), import('../../runtime/feature-store/adapters/read-feature-table')]);
      // The file is read (and an oci:// object downloaded) once, before the store is opened: a bad file leaves no store behind.
      await withTables(async (session) => {
        const table = await session.open(opts.file, { format: opts.format });
        const name = basename(table.source);
        const { columns, length } = await readFeatureTable(table);
        await withStore(opts.store, async (stores) => {
          await checkIngestBatch(stores, opts.group, table);
          const r = await ingestColumns(stores, opts.group, columns, length, { fromText: true, rowLabel: (i: number) => `${name} ${table.rowLabel(i)}` });
          process.stdout.write(
            `ingested ${r.received} rows into "${r.group}" version ${r.version}: ${r.written} written, ${r.overwritten} overwritten ` +
              `(${r.overwrittenInBatch} within the file, ${r.overwritten - r.overwrittenInBatch} already stored), batch ${r.seq}\n`,
          );
        });
      });
    });

  storeOption(features.command('materialize'))
    .description('Copy the latest row per entity from the offline to the online store.')
    .requiredOption('--group <NAME>', 'registered feature group')
    .option('--incremental', 'only batches ingested since the last materialisation', false)
    .action(async (opts: StoreOption & { group: string; incremental: boolean }) => {
      const { materialize } = await import('../../runtime/feature-store/materialize');
      await withStore(opts.store, async (stores) => {
        const r = await materialize(stores, opts.group, { incremental: opts.incremental });
        process.stdout.write(`materialized "${r.group}": ${r.rowsWritten} entity rows written from batches ${r.fromSeq + 1}..${r.toSeq}\n`);
      });
    });

  storeOption(features.command('get-online'))
    .description('Print the online feature values of entities as JSON lines.')
    .requiredOption('--features <REFS>', 'comma-separated group:feature or group:* references', commaList)
    .requiredOption('--entity <COL=VALUE...>', 'entity key value(s); repeat for composite keys, comma-separate values for several entities', collectEntity, [] as string[])
    .action(async (opts: StoreOption & { features: string[]; entity: string[] }) => {
      const entityRows = entityRowsOf(opts.entity);
      const { getOnlineFeatures } = await import('../../runtime/feature-store/get-online-features');
      await withStore(opts.store, async (stores) => {
        for (const row of await getOnlineFeatures(stores, { entityRows, features: opts.features })) process.stdout.write(`${JSON.stringify(row)}\n`);
      });
    });

  storeOption(features.command('get-historical'))
    .description('Training data from an entity file: per entity row, each requested feature as of its event time (point-in-time correct, within each group\'s TTL).')
    .requiredOption('--entities <ENTITIES>', 'entity rows: the groups\' entity keys and an event time (.csv, .csv.gz, .parquet or oci://bucket@namespace/object)')
    .requiredOption('--features <REFS>', 'comma-separated group:feature or group:* references', commaList)
    .option('--event-time-column <COL>', 'event time column of the entity file', 'event_time')
    .option('--full-feature-names', 'name feature columns group__feature', false)
    .option('--format <FORMAT>', 'csv or parquet, when the entity file name does not tell', parseTableFormat)
    .requiredOption('--out <OUT>', 'output file (.csv, .csv.gz or .parquet): entity columns then feature columns, entity file order')
    .action(async (opts: StoreOption & { entities: string; features: string[]; eventTimeColumn: string; fullFeatureNames: boolean; format?: TableFormat; out: string }) => {
      const { getHistoricalFeaturesToFile } = await import('../../runtime/feature-store/adapters/get-historical-features-to-file');
      await withStore(opts.store, async (stores) => {
        const r = await getHistoricalFeaturesToFile(stores, { ...opts });
        process.stdout.write(`wrote ${r.rows} rows with ${r.featureColumns.length} feature columns to ${opts.out}\n`);
      });
    });

  features
    .command('pit-join')
    .description('Point-in-time join of two tables (CSV or Parquet, local or oci://), without a store: per entity row, the latest feature row at or before its time, within the TTL.')
    .requiredOption('--entities <ENTITIES>', 'entity rows: keys and a timestamp (.csv, .csv.gz, .parquet or oci://bucket@namespace/object)')
    .requiredOption('--entity-key <COL>', 'key column(s), comma-separated, named alike in both files', commaList)
    .requiredOption('--timestamp <COL>', 'timestamp column of the entity file (epoch seconds or ISO 8601 with a zone)')
    .requiredOption('--features <FEATURES>', 'feature rows: keys, a timestamp and feature columns')
    .requiredOption('--feature-timestamp <COL>', 'timestamp column of the feature file')
    .option('--ttl <SECONDS>', 'inclusive maximum age of a matching feature row (default: any older row)', wholeSeconds)
    .option('--format <FORMAT>', 'csv or parquet: the format of both inputs, when their names do not tell', parseTableFormat)
    .requiredOption('--out <OUT>', 'output file (.csv, .csv.gz or .parquet): entity columns then feature columns, entity file order')
    .action(async (opts: { entities: string; entityKey: string[]; timestamp: string; features: string; featureTimestamp: string; ttl?: number; format?: TableFormat; out: string }) => {
      const { pointInTimeJoinFiles } = await import('../../runtime/feature-store/adapters/point-in-time-join-files');
      const written = await withTables(async (session) =>
        pointInTimeJoinFiles(session, {
          entities: await session.open(opts.entities, { format: opts.format, allowEmpty: true }),
          features: await session.open(opts.features, { format: opts.format, allowEmpty: true }),
          entityKeys: opts.entityKey,
          timestamp: opts.timestamp,
          featureTimestamp: opts.featureTimestamp,
          ttlSec: opts.ttl,
          out: opts.out,
        }),
      );
      process.stdout.write(`wrote ${written} rows to ${opts.out}\n`);
    });

  registerFeaturesCompute(features);
};

/**
 * The data-quality gate of `features ingest`: a group whose definition has a `dataQuality` suite
 * refuses a file that fails it (the results as JSON on stdout, exit 3) before anything is written.
 */
async function checkIngestBatch(stores: EmbeddedFeatureStore, group: string, table: DataTable): Promise<void> {
  const suite = (await stores.registry.latest(group))?.definition.dataQuality;
  if (!suite) return;
  const [{ checkBatch }, { BatchRejectedError }] = await Promise.all([import('../../runtime/data-quality/check-batch'), import('../../runtime/data-quality/batch-rejected-error')]);
  const rejected = await checkBatch(table, suite).then(() => null, (err: unknown) => {
    if (err instanceof BatchRejectedError) return err;
    throw err;
  });
  if (rejected) {
    process.stdout.write(`${JSON.stringify(rejected.result, null, 2)}\n`);
    throw new CliError(`${rejected.message}; nothing was ingested`, 3);
  }
}

async function run<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (err) {
    if (err instanceof CliError) throw err;
    throw new CliError(`oci-mlops features: ${(err as Error).message}`, 1);
  }
}

/** Runs work on a data session (DuckDB reading the files), closed after, errors as exit code 1. */
async function withTables<T>(work: (session: DataSession) => Promise<T>): Promise<T> {
  // Loaded on use: the native DuckDB module should not slow down other commands.
  const { DataSession } = await import('../../runtime/data/data-session');
  const session = await DataSession.create();
  try {
    return await run(() => work(session));
  } finally {
    await session.close();
  }
}

async function withStore(dir: string, work: (stores: EmbeddedFeatureStore) => Promise<void>): Promise<void> {
  // Loaded on use: the native DuckDB and SQLite modules should not slow down other commands.
  const { openEmbeddedFeatureStore } = await import('../../runtime/feature-store/adapters/open-embedded-feature-store');
  const stores = await run(() => openEmbeddedFeatureStore(dir));
  try {
    await run(() => work(stores));
  } finally {
    await stores.close();
  }
}

function readText(file: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch (err) {
    throw new CliError(`oci-mlops features: cannot read ${file}: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`, 1);
  }
}

function readStructured(file: string): unknown {
  try {
    return parseYaml(readText(file));
  } catch (err) {
    if (err instanceof CliError) throw err;
    throw new CliError(`oci-mlops features: ${file} is not valid YAML or JSON: ${(err as Error).message}`, 1);
  }
}

function commaList(value: string): string[] {
  const items = value.split(',').map((s) => s.trim()).filter(Boolean);
  if (items.length === 0) throw new InvalidArgumentError('expected one or more comma-separated names');
  return items;
}

function wholeSeconds(value: string): number {
  if (!/^\d+$/.test(value) || !Number.isSafeInteger(Number(value))) throw new InvalidArgumentError(`expected a whole number of seconds >= 0, got "${value}"`);
  return Number(value);
}

function collectEntity(value: string, previous: string[]): string[] {
  if (!/^[A-Za-z_][A-Za-z0-9_]*=.+$/.test(value)) throw new InvalidArgumentError(`expected COLUMN=VALUE[,VALUE...], got "${value}"`);
  return [...previous, value];
}

function entityRowsOf(pairs: string[]): Record<string, string>[] {
  const columns = pairs.map((p) => {
    const at = p.indexOf('=');
    return { name: p.slice(0, at), values: p.slice(at + 1).split(',') };
  });
  const n = columns[0]?.values.length ?? 0;
  if (columns.some((c) => c.values.length !== n)) throw new CliError('oci-mlops features get-online: every --entity must list the same number of values', 1);
  return Array.from({ length: n }, (_, i) => Object.fromEntries(columns.map((c) => [c.name, c.values[i]!])));
}
