import { type Command } from 'commander';
import { type ComputedRows } from '../../runtime/feature-store/compute-feature-group';
import { FeatureGroupDefinitionSchema, type FeatureGroupDefinition } from '../../runtime/feature-store/feature-group-schema';
import { CliError } from '../cli-error';

interface ComputeOptions {
  group: string;
  source: string;
  out?: string;
  asOf?: string;
  entities?: string;
  store?: string;
}

/**
 * Registers `oci-mlops features compute` on the `features` command: a feature group's declared
 * aggregations computed from raw events, point-in-time correct, into a table and/or the embedded
 * store's offline table.
 */
export function registerFeaturesCompute(features: Command): void {
  features
    .command('compute')
    .description("Compute a feature group's declared aggregations from raw events: one row per event at its time, or per entity at --as-of.")
    .requiredOption('--group <DEF.yaml>', 'feature group definition with source and aggregations')
    .requiredOption('--source <EVENTS>', 'raw events (CSV, CSV.gz or Parquet; a path or oci://bucket@namespace/object)')
    .option('--out <OUT>', 'output table: entity keys, event time, one column per aggregation (.csv, .csv.gz, .parquet; a path or oci://)')
    .option('--as-of <TIME>', 'compute at this one time (ISO 8601 with a zone, or epoch seconds) for the --entities')
    .option('--entities <IDS>', 'with --as-of: a table of entity key columns; one output row per row, in its order')
    .option('--store <DIR>', 'also write the rows into this embedded store (registering the group), for materialize, pit-join and get-online')
    .action(async (opts: ComputeOptions) => computeCommand(opts));
}

async function computeCommand(opts: ComputeOptions): Promise<void> {
  if (!opts.out && !opts.store) throw new CliError('oci-mlops features compute: pass --out, --store or both; nothing would be written', 1);
  if ((opts.asOf === undefined) !== (opts.entities === undefined)) throw new CliError('oci-mlops features compute: --as-of and --entities go together', 1);
  // Loaded on use: the config layer is not needed by the other features subcommands.
  const { formatProblem, loadConfigFile } = await import('../../lib/config');
  const loaded = loadConfigFile(opts.group, FeatureGroupDefinitionSchema);
  if (!loaded.ok) throw new CliError(`oci-mlops features compute: ${loaded.problems.length} problem(s) in the group definition:\n${loaded.problems.map(formatProblem).join('\n')}`, 1);
  const definition = loaded.value;
  if (!definition.aggregations) throw new CliError(`oci-mlops features compute: ${opts.group}: group "${definition.name}" declares no aggregations to compute`, 1);

  const [{ DataSession, parseTableLocation, TableInputError }, { computeFeatureGroup, computedRowsSql }, { SourceColumnError }, { parseEventTime }] = await Promise.all([
    import('../../runtime/data'),
    import('../../runtime/feature-store/compute-feature-group'),
    import('../../runtime/feature-store/load-source-events'),
    import('../../runtime/feature-store/parse-event-time'),
  ]);
  let asOfUs: number | undefined;
  if (opts.asOf !== undefined) {
    try {
      asOfUs = parseEventTime(opts.asOf);
    } catch (err) {
      throw new CliError(`oci-mlops features compute: --as-of: ${(err as Error).message.replace(/^parseEventTime: /, '')}`, 1);
    }
  }

  const stores = opts.store ? await openStore(opts.store) : undefined;
  const session = await DataSession.create(stores ? { connection: stores.offline.connection } : {});
  try {
    const outFormat = opts.out ? parseTableLocation(opts.out).format : undefined;
    const source = await session.open(opts.source);
    const entities = opts.entities ? await session.open(opts.entities) : undefined;
    const rows = await computeFeatureGroup(session.connection, definition, source, { asOfUs, entities });
    const what = asOfUs === undefined ? `${rows.rows} rows (one per event)` : `${rows.rows} rows (one per entity at ${opts.asOf})`;
    if (opts.out) {
      await session.write(computedRowsSql(definition, rows, outFormat!), opts.out);
      process.stdout.write(`computed "${definition.name}": ${what} written to ${opts.out}\n`);
    }
    if (stores) {
      const stored = await storeRows(stores, definition, rows);
      process.stdout.write(`computed "${definition.name}": ${what}, ${stored.written} (entity, time) rows stored in ${opts.store} as batch ${stored.seq}, ${stored.overwritten} replaced\n`);
    }
  } catch (err) {
    if (err instanceof SourceColumnError && loaded.source) {
      const at = loaded.source.position(err.path);
      throw new CliError(`oci-mlops features compute: ${opts.group}:${at.line}:${at.col} ${err.path.join('.')}: ${err.message}`, 1);
    }
    if (err instanceof TableInputError || err instanceof CliError) throw err instanceof CliError ? err : new CliError(`oci-mlops features compute: ${err.message}`, 1);
    throw new CliError(`oci-mlops features compute: ${(err as Error).message}`, 1);
  } finally {
    await session.close();
    await stores?.close();
  }
}

async function openStore(dir: string) {
  const { openEmbeddedFeatureStore } = await import('../../runtime/feature-store/adapters/open-embedded-feature-store');
  try {
    return await openEmbeddedFeatureStore(dir);
  } catch (err) {
    throw new CliError(`oci-mlops features compute: ${(err as Error).message}`, 1);
  }
}

async function storeRows(
  stores: Awaited<ReturnType<typeof openStore>>,
  definition: FeatureGroupDefinition,
  rows: ComputedRows,
) {
  const [{ registerFeatureGroup }, { storeComputedRows }] = await Promise.all([
    import('../../runtime/feature-store/register-feature-group'),
    import('../../runtime/feature-store/adapters/store-computed-rows'),
  ]);
  const { group } = await registerFeatureGroup(stores, definition);
  return storeComputedRows(stores.offline, group, rows);
}
