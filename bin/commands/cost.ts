import { readFileSync } from 'node:fs';
import { readSynthesizedStacks } from '../../runtime/cost/adapters/read-synthesized-stacks';
import { type CostEstimate, EMPTY_USAGE, type SynthesizedStack } from '../../runtime/cost/cost-types';
import { diffEstimates } from '../../runtime/cost/diff-estimates';
import { estimateCosts } from '../../runtime/cost/estimate-costs';
import { PRICE_TABLE } from '../../runtime/cost/price-table';
import { formatCostEstimate } from '../../runtime/cost/format-cost-estimate';
import { formatEstimateDiff } from '../../runtime/cost/format-estimate-diff';
import { formatTeamCosts } from '../../runtime/cost/format-team-costs';
import { teamCosts } from '../../runtime/cost/team-costs';
import { CliError } from '../cli-error';
import { type CommandRegistrar } from '../command-registrar';
import { registerCostRecommend } from './cost-recommend';

interface EstimateOptions {
  usage?: string;
  prices?: string;
  currency: string;
  json?: boolean;
  compare?: string;
}

/** Reads a file a flag names; a missing or unreadable file is the user's error (exit 1). */
function readFlagFile(flag: string, file: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch (err) {
    throw new CliError(`${flag}: cannot read ${file}: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`, 1);
  }
}

/** Runs `fn`, turning the runtime's input errors into CliErrors (exit 1). */
async function asCliError<T>(fn: () => T | Promise<T>): Promise<T> {
  try {
    return await fn();
  } catch (err) {
    if (err instanceof CliError) throw err;
    throw new CliError((err as Error).message, 1);
  }
}

/**
 * The estimate of one output directory: prices from the committed table or `--prices`, usage
 * from `--usage`; warnings go to stderr. The usage and price-list parsers (zod, yaml) load only
 * when those flags are given: the estimate of 100 teams should take well under 2 s.
 */
async function estimateOutDir(outDir: string, opts: EstimateOptions): Promise<{ estimate: CostEstimate; stacks: SynthesizedStack[] }> {
  return asCliError(async () => {
    const usage = opts.usage ? (await import('../../runtime/cost/usage-file')).parseUsageFile(readFlagFile('--usage', opts.usage), opts.usage) : EMPTY_USAGE;
    let table = PRICE_TABLE;
    if (opts.prices) {
      const loaded = (await import('../../runtime/cost/load-prices')).loadPrices(JSON.parse(readFlagFile('--prices', opts.prices)) as unknown, opts.currency, opts.prices);
      for (const w of loaded.warnings) process.stderr.write(`warning: ${w}\n`);
      table = loaded.table;
    }
    const stacks = readSynthesizedStacks(outDir);
    return { estimate: estimateCosts(stacks, { prices: table, usage }), stacks };
  });
}

/**
 * `oci-mlops cost estimate [OUT_DIR]`: the monthly cost of every synthesized stack, per stack,
 * team and resource; `--compare OTHER_OUT_DIR` prints the difference instead, as `infracost diff`.
 * `oci-mlops cost recommend`: right-sizing from OCI Monitoring (cost-recommend.ts). Exit 1 on bad input.
 */
export const registerCostCommand: CommandRegistrar = (program) => {
  const cost = program.command('cost').description('Estimate the monthly cost of synthesized stacks, and right-size running endpoints from their metrics.');
  cost
    .command('estimate [OUT_DIR]')
    .description('Monthly cost per stack, team and resource of the synthesized stacks in OUT_DIR (default cdktf.out), at OCI list prices.')
    .option('--usage <USAGE.yaml>', 'usage assumptions per resource or per type (docs/cost.md), like an Infracost usage file')
    .option('--prices <PRICES.json>', "a download of OCI's price list API (https://apexapps.oracle.com/pls/apex/cetools/api/v1/products/?currencyCode=USD) to reprice the committed table")
    .option('--currency <CODE>', 'currency to read from --prices', 'USD')
    .option('--json', 'print the estimate as JSON')
    .option('--compare <OTHER_OUT_DIR>', 'print the cost difference from the stacks in OTHER_OUT_DIR to those in OUT_DIR, per stack and resource')
    .action(async (outDir: string | undefined, opts: EstimateOptions) => {
      const { estimate, stacks } = await estimateOutDir(outDir ?? 'cdktf.out', opts);
      if (opts.compare) {
        const before = (await estimateOutDir(opts.compare, opts)).estimate;
        const diff = await asCliError(() => diffEstimates(before, estimate));
        process.stdout.write(opts.json ? `${JSON.stringify(diff, null, 2)}\n` : formatEstimateDiff(diff));
        return;
      }
      if (opts.json) {
        process.stdout.write(`${JSON.stringify(estimate, null, 2)}\n`);
        return;
      }
      process.stdout.write(`${formatCostEstimate(estimate)}\n${formatTeamCosts(teamCosts(estimate, stacks), estimate.currency)}`);
    });
  registerCostRecommend(cost);
};

