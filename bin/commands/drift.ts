import { readFile, rename, writeFile } from 'node:fs/promises';
import { InvalidArgumentError } from 'commander';
import { DataSession, type DataTable, type TableFormat } from '../../runtime/data';
import { driftReportFromTables } from '../../runtime/monitor/adapters/drift-report-from-tables';
import { DRIFT_METHODS, DRIFT_PRESETS, type DriftMethod, type DriftSettingsInput, DriftSettingsSchema, type FeatureType } from '../../runtime/monitor/drift-settings';
import { type DriftProfile } from '../../runtime/monitor/profile/drift-profile-schema';
import { parseDriftProfile } from '../../runtime/monitor/profile/parse-drift-profile';
import { type DriftReport } from '../../runtime/monitor/report/drift-report-types';
import { renderDriftHtml } from '../../runtime/monitor/report/render-drift-html';
import { CliError } from '../cli-error';
import { featureTableError, parseTableFormat } from '../table-options';
import { type CommandRegistrar } from '../command-registrar';

interface DriftOptions {
  reference: string;
  current: string;
  categorical: string[];
  method: string[];
  alpha: number;
  minSamples: number;
  preset?: string;
  correction?: string;
  json?: boolean;
  html?: string;
  failOnDrift?: boolean;
  format?: TableFormat;
}

const list = (v: string): string[] => v.split(',').map((s) => s.trim()).filter(Boolean);
const collect = (v: string, prev: string[]): string[] => [...prev, v];
const number = (flag: string) => (v: string): number => {
  const n = Number(v);
  if (v.trim() === '' || !Number.isFinite(n)) throw new InvalidArgumentError(`${flag} must be a number, got "${v}"`);
  return n;
};

/**
 * `oci-mlops drift`: compares a current table with a reference table (or a reference profile JSON
 * from `oci-mlops profile`) feature by feature. Tables are CSV, CSV.gz or Parquet files, local or
 * `oci://`, read through DuckDB a few columns at a time (runtime/data). Exit 0; 3 with
 * --fail-on-drift when any feature drifted; 1 on bad input (the file, column and line are named).
 */
export const registerDrift: CommandRegistrar = (program) => {
  program
    .command('drift')
    .description('Detect data drift between a reference and a current dataset (KS, PSI, chi-squared, Wasserstein, Jensen-Shannon).')
    .requiredOption('--reference <REF.csv|REF.parquet|PROFILE.json>', 'reference table (CSV with a header row, CSV.gz or Parquet; a path or oci://bucket@namespace/object), or a profile written by `oci-mlops profile`')
    .requiredOption('--current <CUR.csv|CUR.parquet>', 'current table with the same columns')
    .option('--format <csv|parquet>', 'format of the tables, for names without a .csv, .csv.gz or .parquet extension', parseTableFormat)
    .option('--categorical <a,b>', 'comma-separated categorical columns (others are numerical)', list, [])
    .option('--method <FEATURE=METHOD>', `per-feature method, repeatable; methods: ${DRIFT_METHODS.join(', ')}`, collect, [])
    .option('--alpha <n>', 'significance level of the p-value tests, before correction', number('--alpha'), 0.05)
    .option('--min-samples <n>', 'below this many values on either side a feature has insufficient data', number('--min-samples'), 30)
    .option('--preset <name>', `method presets: ${DRIFT_PRESETS.join(', ')}`, undefined)
    .option('--correction <name>', 'multiple-testing correction: none, bonferroni, benjamini-hochberg (default bonferroni)')
    .option('--json', 'print the report as JSON')
    .option('--html <REPORT.html>', 'also write a self-contained HTML report')
    .option('--fail-on-drift', 'exit 3 when any feature drifted')
    .action(async (opts: DriftOptions) => {
      const methods: Record<string, { method: DriftMethod }> = {};
      for (const m of opts.method) {
        const [feature, method] = m.split('=');
        if (!feature || !method || !(DRIFT_METHODS as readonly string[]).includes(method)) {
          throw new CliError(`--method must be FEATURE=METHOD with METHOD one of ${DRIFT_METHODS.join(', ')}, got "${m}"`, 1);
        }
        methods[feature] = { method: method as DriftMethod };
      }
      const settingsInput: DriftSettingsInput = {
        alpha: opts.alpha,
        minSamples: opts.minSamples,
        ...(opts.preset ? { preset: opts.preset as DriftSettingsInput['preset'] } : {}),
        ...(opts.correction ? { correction: opts.correction as DriftSettingsInput['correction'] } : {}),
        features: methods,
      };
      const parsed = DriftSettingsSchema.safeParse(settingsInput);
      if (!parsed.success) {
        throw new CliError(parsed.error.issues.map((i) => `--${kebab(String(i.path[0] ?? ''))}: ${i.message}`).join('\n'), 1);
      }
      const session = await DataSession.create();
      let result;
      try {
        const inputs = await openInputs(session, opts, new Set(opts.categorical), Object.keys(methods));
        result = await driftReportFromTables({ session, ...inputs, settings: settingsInput, charts: Boolean(opts.html) });
      } catch (err) {
        throw featureTableError(err, opts.current);
      } finally {
        await session.close();
      }
      const { report, charts } = result;
      if (opts.json) process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
      else process.stdout.write(textReport(report));
      if (opts.html) {
        const temp = `${opts.html}.${process.pid}.tmp`;
        await writeFile(temp, renderDriftHtml(report, Object.fromEntries(charts), `Drift report: ${opts.current} vs ${opts.reference}`));
        await rename(temp, opts.html);
      }
      if (opts.failOnDrift && report.features.some((f) => f.drift_detected)) {
        throw new CliError(`drift detected in: ${report.features.filter((f) => f.drift_detected).map((f) => f.name).join(', ')}`, 3);
      }
    });
};

function kebab(s: string): string {
  return s.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
}

/** Opens the reference (table or profile) and the current table, and checks the columns named on the command line. */
async function openInputs(
  session: DataSession,
  opts: DriftOptions,
  categorical: Set<string>,
  methodFeatures: string[],
): Promise<{ reference: DataTable | DriftProfile; current: DataTable; features: { name: string; type: FeatureType }[] }> {
  let reference: DataTable | DriftProfile;
  let referenceColumns: string[];
  if (opts.reference.toLowerCase().endsWith('.json')) {
    let profile: DriftProfile;
    try {
      profile = parseDriftProfile(JSON.parse(await readFile(opts.reference, 'utf8')), opts.reference);
    } catch (err) {
      throw new CliError(`${opts.reference}: ${(err as Error).message.replace(/^parseDriftProfile: /, '')}`, 1);
    }
    for (const [name, f] of Object.entries(profile.features)) if (f.type === 'categorical') categorical.add(name);
    reference = profile;
    referenceColumns = Object.keys(profile.features);
  } else {
    const table = await session.open(opts.reference, { format: opts.format });
    reference = table;
    referenceColumns = table.columnNames;
  }
  for (const c of categorical) {
    if (!referenceColumns.includes(c)) throw new CliError(`${opts.reference}: has no column "${c}" (listed as categorical)`, 1);
  }
  for (const c of methodFeatures) {
    if (!referenceColumns.includes(c)) throw new CliError(`${opts.reference}: has no column "${c}" (named by --method)`, 1);
  }
  const current = await session.open(opts.current, { format: opts.format });
  for (const name of referenceColumns) {
    if (!current.has(name)) throw new CliError(`${opts.current}: has no column "${name}" (present in ${opts.reference})`, 1);
  }
  return { reference, current, features: referenceColumns.map((name) => ({ name, type: categorical.has(name) ? 'categorical' : 'numerical' })) };
}

function textReport(report: DriftReport): string {
  const fmt = (v: number | null): string => (v === null ? '-' : Math.abs(v) < 1e-4 && v !== 0 ? v.toExponential(2) : v.toFixed(4));
  const rows = report.features.map((f) => [f.name, f.type, f.method, fmt(f.statistic), fmt(f.p_value), fmt(f.threshold), f.status, String(f.n_reference), String(f.n_current)]);
  const head = ['feature', 'type', 'method', 'statistic', 'p_value', 'threshold', 'status', 'n_ref', 'n_cur'];
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (r: string[]): string => r.map((c, i) => c.padEnd(widths[i]!)).join('  ').trimEnd();
  const score = report.drift_score === null ? 'n/a (insufficient data)' : report.drift_score.toFixed(3);
  return `${[line(head), ...rows.map(line)].join('\n')}\n\ndrift score: ${score}; dataset drift: ${report.dataset_drift ? 'yes' : 'no'}\n`;
}
