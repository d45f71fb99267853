import { readFileSync } from 'node:fs';
import { ConfigError } from '../../lib/config';
import { formatFindingsTable } from '../../lib/policy';
import { readSynthesizedStacks } from '../../runtime/cost/adapters/read-synthesized-stacks';
import { estimateCosts } from '../../runtime/cost/estimate-costs';
import { formatMoney } from '../../runtime/cost/format-money';
import { formatTeamCosts } from '../../runtime/cost/format-team-costs';
import { teamCosts } from '../../runtime/cost/team-costs';
import { parseUsageFile } from '../../runtime/cost/usage-file';
import { isBlocking, PolicyViolationError, synthExampleApp } from '../../stacks/synth-example-app';
import { CliError } from '../cli-error';
import { type CommandRegistrar } from '../command-registrar';

interface SynthOptions {
  teams: string;
  platform?: string;
  out: string;
  report?: string;
  cost?: boolean;
  costFailOverBudget?: boolean;
  costUsage?: string;
}

/**
 * The `--cost` check run on the synthesized stacks before they replace --out: prints the per-team
 * estimate and warns about teams over budget; with --cost-fail-over-budget throws (exit 1) instead.
 */
function costCheck(opts: SynthOptions): ((dir: string) => void) | undefined {
  if (!opts.cost && !opts.costFailOverBudget) return undefined;
  let usage;
  try {
    usage = opts.costUsage ? parseUsageFile(readFileSync(opts.costUsage, 'utf8'), opts.costUsage) : undefined;
  } catch (err) {
    throw new CliError(`--cost-usage: ${(err as Error).message}`, 1);
  }
  return (dir) => {
    const stacks = readSynthesizedStacks(dir);
    const estimate = estimateCosts(stacks, { usage });
    const rows = teamCosts(estimate, stacks);
    process.stdout.write(`monthly cost estimate (oci-mlops cost estimate ${opts.out} for every resource):\n${formatTeamCosts(rows, estimate.currency)}`);
    const over = rows.filter((r) => r.overBudget);
    const message = over.map((r) => `${r.team}: estimate ${formatMoney(r.monthly)} ${estimate.currency} a month exceeds budget.monthlyAmount ${formatMoney(r.budget)}`).join('\n');
    if (over.length && opts.costFailOverBudget) throw new CliError(`${message}\n${opts.out} left untouched (--cost-fail-over-budget)`, 1);
    if (over.length) process.stderr.write(`warning: ${message.split('\n').join('\nwarning: ')}\n`);
  };
}

export const registerSynth: CommandRegistrar = (program) => {
  program
    .command('synth')
    .description('Validate the platform and team files, run the policy rule pack, then synthesize one Terraform stack each into --out (replaced only on success).')
    .option('--teams <dir>', 'directory of team files (<team>.yaml)', 'stacks/teams')
    .option('--platform <file>', 'platform file (default: platform.yaml beside the teams directory)')
    .option('--out <dir>', 'output directory', 'cdktf.out')
    .option('--report <file>', 'also write the policy findings as SARIF 2.1.0')
    .option('--cost', "print each team's monthly cost estimate and warn when it exceeds the team's budget.monthlyAmount")
    .option('--cost-fail-over-budget', 'like --cost, but exit 1 (writing nothing to --out) when a team is over budget')
    .option('--cost-usage <USAGE.yaml>', 'usage assumptions for --cost (see oci-mlops cost estimate --usage)')
    .action((opts: SynthOptions) => {
      try {
        const { stacks, findings } = synthExampleApp({ teamsDir: opts.teams, platformFile: opts.platform, outDir: opts.out, reportFile: opts.report, beforeReplace: costCheck(opts) });
        if (findings.length) process.stderr.write(`policy findings (none blocking):\n${formatFindingsTable(findings)}`);
        process.stdout.write(`synthesized ${stacks.length} stacks into ${opts.out}: ${stacks.join(', ')}\n`);
      } catch (err) {
        if (err instanceof ConfigError) throw new CliError(err.message, 1);
        if (err instanceof PolicyViolationError) {
          const blocking = err.findings.filter(isBlocking).length;
          throw new CliError(`${formatFindingsTable(err.findings)}\n${err.message}; ${opts.out} left untouched (${blocking} blocking of ${err.findings.length} findings)`, 1);
        }
        throw err;
      }
    });
};
