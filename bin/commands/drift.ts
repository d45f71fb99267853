import { readFile, writeFile } from 'node:fs/promises';
import { InvalidArgumentError } from 'commander';
import { readFeatureCsv } from '../../runtime/monitor/adapters/read-feature-csv';
import { DRIFT_METHODS, DRIFT_PRESETS, type DriftMethod, type DriftSettingsInput, DriftSettingsSchema } from '../../runtime/monitor/drift-settings';
import { type DriftProfile } from '../../runtime/monitor/profile/drift-profile-schema';
import { parseDriftProfile } from '../../runtime/monitor/profile/parse-drift-profile';
import { computeDriftReport, type DriftFeatureInput } from '../../runtime/monitor/report/compute-drift-report';
import { featureChartData } from '../../runtime/monitor/report/feature-chart-data';
import { renderDriftHtml } from '../../runtime/monitor/report/render-drift-html';
import { CliError } from '../cli-error';
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
}

const list = (v: string): string[] => v.split(',').map((s) => s.trim()).filter(Boolean);
const collect = (v: string, prev: string[]): string[] => [...prev, v];
const number = (flag: string) => (v: string): number => {
  const n = Number(v);
  if (v.trim() === '' || !Number.isFinite(n)) throw new InvalidArgumentError(`${flag} must be a number, got "${v}"`);
  return n;
};

/**
 * `oci-mlops drift`: compares a current CSV with a reference CSV (or a reference profile JSON from
 * `oci-mlops profile`) feature by feature. Exit 0; 3 with --fail-on-drift when any feature drifted;
 * 1 on bad input (the file and column are named).
 */
export const registerDrift: CommandRegistrar = (program) => {
  program
    .command('drift')
    .description('Detect data drift between a reference and a current dataset (KS, PSI, chi-squared, Wasserstein, Jensen-Shannon).')
    .requiredOption('--reference <REF.csv|PROFILE.json>', 'reference data with a header row, or a profile written by `oci-mlops profile`')
    .requiredOption('--current <CUR.csv>', 'current data with the same columns')
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
      const categorical = new Set(opts.categorical);
      const inputs = await loadInputs(opts.reference, opts.current, categorical, Object.keys(methods));
      let report;
      try {
        report = computeDriftReport(inputs, settingsInput);
      } catch (err) {
        throw new CliError(`${opts.current}: ${(err as Error).message.replace(/^computeDriftReport: /, '')}`, 1);
      }
      if (opts.json) process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
      else process.stdout.write(textReport(report));
      if (opts.html) {
        const charts = Object.fromEntries(inputs.map((f) => [f.name, featureChartData(f)]));
        await writeFile(opts.html, renderDriftHtml(report, charts, `Drift report: ${opts.current} vs ${opts.reference}`));
      }
      if (opts.failOnDrift && report.features.some((f) => f.drift_detected)) {
        throw new CliError(`drift detected in: ${report.features.filter((f) => f.drift_detected).map((f) => f.name).join(', ')}`, 3);
      }
    });
};

function kebab(s: string): string {
  return s.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
}

async function loadInputs(referencePath: string, currentPath: string, categorical: Set<string>, methodFeatures: string[]): Promise<DriftFeatureInput[]> {
  let profile: DriftProfile | null = null;
  if (referencePath.toLowerCase().endsWith('.json')) {
    try {
      profile = parseDriftProfile(JSON.parse(await readFile(referencePath, 'utf8')), referencePath);
    } catch (err) {
      throw new CliError(`${referencePath}: ${(err as Error).message.replace(/^parseDriftProfile: /, '')}`, 1);
    }
    for (const [name, f] of Object.entries(profile.features)) if (f.type === 'categorical') categorical.add(name);
  }
  const read = async (file: string, cats: Set<string>) => {
    try {
      return await readFeatureCsv(file, { categorical: cats });
    } catch (err) {
      throw new CliError((err as Error).message, 1);
    }
  };
  const reference = profile ? null : await read(referencePath, categorical);
  const current = await read(currentPath, new Set([...categorical].filter((c) => !profile || c in profile.features)));
  const referenceColumns = profile ? Object.keys(profile.features) : reference!.header;
  for (const c of categorical) {
    if (!referenceColumns.includes(c)) throw new CliError(`${referencePath}: has no column "${c}" (listed as categorical)`, 1);
  }
  for (const c of methodFeatures) {
    if (!referenceColumns.includes(c)) throw new CliError(`${referencePath}: has no column "${c}" (named by --method)`, 1);
  }
  return referenceColumns.map((name): DriftFeatureInput => {
    if (!current.header.includes(name)) throw new CliError(`${currentPath}: has no column "${name}" (present in ${referencePath})`, 1);
    if (categorical.has(name)) {
      const ref = profile ? profile.features[name]! : reference!.categorical.get(name)!;
      return { name, type: 'categorical', reference: ref as never, current: current.categorical.get(name)! };
    }
    const ref = profile ? profile.features[name]! : reference!.numerical.get(name)!;
    return { name, type: 'numerical', reference: ref as never, current: current.numerical.get(name)! };
  });
}

function textReport(report: ReturnType<typeof computeDriftReport>): string {
  const fmt = (v: number | null): string => (v === null ? '-' : Math.abs(v) < 1e-4 && v !== 0 ? v.toExponential(2) : v.toFixed(4));
  const rows = report.features.map((f) => [f.name, f.type, f.method, fmt(f.statistic), fmt(f.p_value), fmt(f.threshold), f.status, String(f.n_reference), String(f.n_current)]);
  const head = ['feature', 'type', 'method', 'statistic', 'p_value', 'threshold', 'status', 'n_ref', 'n_cur'];
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (r: string[]): string => r.map((c, i) => c.padEnd(widths[i]!)).join('  ').trimEnd();
  const score = report.drift_score === null ? 'n/a (insufficient data)' : report.drift_score.toFixed(3);
  return `${[line(head), ...rows.map(line)].join('\n')}\n\ndrift score: ${score}; dataset drift: ${report.dataset_drift ? 'yes' : 'no'}\n`;
}
