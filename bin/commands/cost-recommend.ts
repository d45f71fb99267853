import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { type Command, InvalidArgumentError } from 'commander';
import { readSynthesizedStacks } from '../../runtime/cost/adapters/read-synthesized-stacks';
import { formatMoney } from '../../runtime/cost/format-money';
import { PRICE_TABLE, type PriceId } from '../../runtime/cost/price-table';
import { type Recommendation } from '../../runtime/cost/recommendation';
import { rightsizingCandidates } from '../../runtime/cost/rightsizing-candidates';
import { CliError } from '../cli-error';

interface RecommendOptions {
  compartment: string;
  days: number;
  json?: boolean;
  teamFile?: string;
  platformFile?: string;
  out: string;
  scaleUpAbove: number;
  scaleDownBelow: number;
  minCoverage: number;
  monitoringEndpoint?: string;
  containerengineEndpoint?: string;
}

const number = (flag: string, min: number, max: number) => (v: string): number => {
  const n = Number(v);
  if (v.trim() === '' || !Number.isFinite(n) || n < min || n > max) throw new InvalidArgumentError(`${flag} must be a number in [${min}, ${max}], got "${v}"`);
  return n;
};

/** The recommendations as text: one block per endpoint with its changes, saving and evidence. */
function formatRecommendations(recs: readonly Recommendation[], days: number): string {
  const lines: string[] = [];
  for (const r of recs) {
    lines.push(`${r.endpoint} (${r.kind}): ${r.status}${r.changes.length ? `, saves ${formatMoney(r.monthlySaving)} a month` : ''}`);
    for (const c of r.changes) lines.push(`  ${c.field}: ${c.from} -> ${c.to}`);
    for (const [metric, s] of Object.entries(r.evidence)) {
      lines.push(s.status === 'ok'
        ? `  ${metric} over ${days} days (${s.points} hourly points): p50 ${s.p50.toFixed(1)}, p95 ${s.p95.toFixed(1)}, p99 ${s.p99.toFixed(1)}, max ${s.max.toFixed(1)}`
        : `  ${metric}: insufficient data (${s.reason})`);
    }
    for (const n of r.notes) lines.push(`  note: ${n}`);
  }
  const saving = recs.reduce((s, r) => s + r.monthlySaving, 0);
  lines.push('', `Estimated monthly saving (USD list prices): ${formatMoney(saving)}`);
  return `${lines.join('\n')}\n`;
}

/**
 * `oci-mlops cost recommend`: right-sizing of model deployments, container instances, functions
 * and OKE node pools from OCI Monitoring usage; `--team-file` writes the recommended values into
 * the team file, `--platform-file` the node pool's into the platform file.
 */
export function registerCostRecommend(cost: Command): void {
  cost
    .command('recommend')
    .description('Recommend sizes for model deployments, container instances, functions and OKE node pools from their OCI Monitoring metrics (SummarizeMetricsData).')
    .requiredOption('--compartment <OCID>', 'compartment whose metrics to read (the endpoints\' compartment)')
    .option('--days <n>', 'window in days, ending now', number('--days', 1, 90), 14)
    .option('--json', 'print the recommendations as JSON')
    .option('--team-file <FILE>', 'write the recommended values into this team file (comments and layout kept); only its team\'s endpoints are judged')
    .option('--platform-file <FILE>', 'write the recommended node pool values into this platform file\'s oke: block (comments and layout kept)')
    .option('--out <DIR>', 'synthesized stacks that give the current sizes', 'cdktf.out')
    .option('--scale-up-above <percent>', 'utilization above which to size up', number('--scale-up-above', 1, 100), 80)
    .option('--scale-down-below <percent>', 'utilization below which to size down', number('--scale-down-below', 0, 99), 20)
    .option('--min-coverage <share>', 'share of the window\'s hours that must have datapoints, else "insufficient data"', number('--min-coverage', 0.01, 1), 0.7)
    .option('--monitoring-endpoint <url>', 'Monitoring endpoint override (default: $OCI_MLOPS_MONITORING_ENDPOINT, else the region\'s)')
    .option('--containerengine-endpoint <url>', 'Container Engine endpoint override (default: $OCI_MLOPS_CONTAINERENGINE_ENDPOINT, else the region\'s)')
    .action(async (opts: RecommendOptions) => {
      if (opts.scaleDownBelow >= opts.scaleUpAbove) {
        throw new CliError(`--scale-down-below (${opts.scaleDownBelow}) must be below --scale-up-above (${opts.scaleUpAbove})`, 1);
      }
      let stacks;
      let teamText: string | undefined;
      let platformText: string | undefined;
      let platformPool: string | undefined;
      try {
        if (opts.platformFile) {
          platformText = readFileSync(opts.platformFile, 'utf8');
          // A platform file whose pool cannot be known fails before any request is sent.
          const { platformNodePoolName } = await import('../../runtime/cost/platform-node-pool-name');
          try {
            platformPool = platformNodePoolName(platformText);
          } catch (err) {
            throw new Error(`--platform-file ${opts.platformFile}: ${(err as Error).message}`);
          }
        }
        stacks = readSynthesizedStacks(opts.out);
        if (opts.teamFile) {
          teamText = readFileSync(opts.teamFile, 'utf8');
          const { parse } = await import('yaml');
          const team = (parse(teamText) as { team?: unknown } | null)?.team;
          if (typeof team !== 'string') throw new Error(`--team-file: ${opts.teamFile} has no team name (team: ...)`);
          stacks = stacks.filter((s) => s.stack === `team-${team}`);
          if (!stacks.length) throw new Error(`--team-file: no synthesized stack team-${team} in ${opts.out}; run oci-mlops synth first`);
        }
      } catch (err) {
        throw new CliError((err as Error).message, 1);
      }
      const candidates = rightsizingCandidates(stacks);
      // The OCI SDK and the statistics load here, not at the top: `cost estimate` never needs them.
      const [{ MonitoringClient }, { createAuthProvider }, { ociClientConfiguration }, { collectRecommendations }] = await Promise.all([
        import('oci-monitoring'), import('../../runtime/oci/auth'), import('../../runtime/oci/client-configuration'), import('../../runtime/cost/adapters/collect-recommendations'),
      ]);
      const client = new MonitoringClient({ authenticationDetailsProvider: await createAuthProvider() }, ociClientConfiguration());
      const endpoint = opts.monitoringEndpoint ?? (process.env.OCI_MLOPS_MONITORING_ENDPOINT || undefined);
      if (endpoint) client.endpoint = endpoint;
      const collectOpts = {
        compartmentId: opts.compartment,
        days: opts.days,
        now: new Date(),
        thresholds: { scaleUpAbovePercent: opts.scaleUpAbove, scaleDownBelowPercent: opts.scaleDownBelow },
        prices: new Map(PRICE_TABLE.map((p) => [p.id as PriceId, p])),
        minCoverage: opts.minCoverage,
      };
      const recs = await collectRecommendations(client, candidates, collectOpts);
      const [{ ContainerEngineClient }, { collectNodePoolRecommendations }, { NodePoolsNotReadableError }] = await Promise.all([
        import('oci-containerengine'), import('../../runtime/cost/adapters/collect-node-pool-recommendations'), import('../../runtime/cost/adapters/list-node-pools'),
      ]);
      const pools = new ContainerEngineClient({ authenticationDetailsProvider: await createAuthProvider() }, ociClientConfiguration());
      const poolsEndpoint = opts.containerengineEndpoint ?? (process.env.OCI_MLOPS_CONTAINERENGINE_ENDPOINT || undefined);
      if (poolsEndpoint) pools.endpoint = poolsEndpoint;
      const warnings: string[] = [];
      try {
        recs.push(...(await collectNodePoolRecommendations(pools, client, collectOpts)));
      } catch (err) {
        if (!(err instanceof NodePoolsNotReadableError)) throw err;
        // Endpoints are still judged: a caller allowed to read metrics but not clusters loses only the node pools.
        warnings.push(`node pools not judged: ${err.message}; allow "read cluster-family" in the compartment to include them`);
        process.stderr.write(`oci-mlops cost recommend: ${warnings[0]}\n`);
      }
      const [{ applyRecommendationsToTeamFile }, { applyNodePoolRecommendations }, { synthesizedNodePoolName }] = await Promise.all([
        import('../../runtime/cost/apply-recommendations-to-team-file'), import('../../runtime/cost/apply-node-pool-recommendations'), import('../../runtime/cost/synthesized-node-pool-name'),
      ]);
      const edit = opts.teamFile && teamText !== undefined ? editFile('--team-file', opts.teamFile, () => {
        // The models' values, then the oke: block's node pool (the pool the team stack defines).
        const models = applyRecommendationsToTeamFile(teamText, recs);
        const pool = applyNodePoolRecommendations(models.text, recs, synthesizedNodePoolName(stacks[0]!));
        return { text: pool.text, applied: [...models.applied, ...pool.applied], skipped: [...models.skipped, ...pool.skipped] };
      }) : undefined;
      const platformEdit = opts.platformFile && platformText !== undefined
        ? editFile('--platform-file', opts.platformFile, () => applyNodePoolRecommendations(platformText, recs, platformPool)) : undefined;
      if (opts.json) {
        process.stdout.write(`${JSON.stringify({ days: opts.days, recommendations: recs, warnings, teamFile: edit && { file: opts.teamFile, applied: edit.applied, skipped: edit.skipped }, platformFile: platformEdit && { file: opts.platformFile, pool: platformPool, applied: platformEdit.applied, skipped: platformEdit.skipped } }, null, 2)}\n`);
        return;
      }
      process.stdout.write(formatRecommendations(recs, opts.days));
      if (edit) {
        process.stdout.write(edit.applied.length ? `wrote ${edit.applied.length} values into ${opts.teamFile}: review, commit, then cdktf deploy\n` : `${opts.teamFile} left unchanged: nothing to resize\n`);
        for (const s of edit.skipped) process.stdout.write(`  skipped ${s.endpoint}${'field' in s && s.field ? ` ${s.field}` : ''}: ${s.reason}\n`);
      }
      if (platformEdit) {
        process.stdout.write(platformEdit.applied.length ? `wrote ${platformEdit.applied.length} values into ${opts.platformFile} (oke:, pool ${platformPool}): review, commit, then cdktf deploy\n` : `${opts.platformFile} left unchanged: nothing to resize in pool ${platformPool}\n`);
        for (const s of platformEdit.skipped) process.stdout.write(`  skipped ${s.endpoint}${s.field ? ` ${s.field}` : ''}: ${s.reason}\n`);
      }
    });
}

/** Runs one file edit and writes its result (temp file, then rename) when it changed something; exit 1 on a file it cannot edit. */
function editFile<T extends { readonly text: string; readonly applied: readonly unknown[] }>(flag: string, file: string, apply: () => T): T {
  let edit: T;
  try {
    edit = apply();
  } catch (err) {
    throw new CliError(`${flag} ${file}: ${(err as Error).message}`, 1);
  }
  if (edit.applied.length) {
    const tmp = `${file}.tmp-${process.pid}`;
    writeFileSync(tmp, edit.text);
    renameSync(tmp, file);
  }
  return edit;
}
