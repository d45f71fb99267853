import { writeFile } from 'node:fs/promises';
import { InvalidArgumentError } from 'commander';
import { readFeatureCsv } from '../../runtime/monitor/adapters/read-feature-csv';
import { ProfileBuilder } from '../../runtime/monitor/profile/profile-builder';
import { CliError } from '../cli-error';
import { type CommandRegistrar } from '../command-registrar';

interface ProfileOptions {
  data: string;
  out: string;
  categorical: string[];
  sketchK: number;
  bins: number;
}

const list = (v: string): string[] => v.split(',').map((s) => s.trim()).filter(Boolean);
const integer = (flag: string) => (v: string): number => {
  const n = Number(v);
  if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError(`${flag} must be a positive integer, got "${v}"`);
  return n;
};

/**
 * `oci-mlops profile`: streams a reference CSV into a drift profile (per-feature KLL quantile
 * sketch, histogram, category counts, sizes), so the monitor never loads raw training data.
 */
export const registerProfile: CommandRegistrar = (program) => {
  program
    .command('profile')
    .description('Build a reference profile (quantile sketch, histogram, category counts) for drift monitoring.')
    .requiredOption('--data <REF.csv>', 'reference data with a header row')
    .requiredOption('--out <PROFILE.json>', 'where to write the profile')
    .option('--categorical <a,b>', 'comma-separated categorical columns (others are numerical)', list, [])
    .option('--sketch-k <k>', 'KLL accuracy parameter: rank error about 3/k, about 3k numbers per feature', integer('--sketch-k'), 1000)
    .option('--bins <n>', 'histogram bins cut at the reference quantiles (PSI, Jensen-Shannon)', integer('--bins'), 10)
    .action(async (opts: ProfileOptions) => {
      const categorical = new Set(opts.categorical);
      let builder: ProfileBuilder | null = null;
      let line = 1;
      try {
        await readFeatureCsv(opts.data, {
          categorical,
          onRow: (row) => {
            line++;
            builder ??= new ProfileBuilder({
              features: Object.keys(row).map((name) => ({ name, type: categorical.has(name) ? 'categorical' : 'numerical' })),
              sketchK: opts.sketchK,
              bins: opts.bins,
            });
            try {
              builder.addRow(row);
            } catch (err) {
              throw new Error(`${opts.data}: line ${line}: ${(err as Error).message.replace(/^ProfileBuilder: feature "([^"]+)"/, 'column "$1"')}`);
            }
          },
        });
      } catch (err) {
        throw new CliError((err as Error).message, 1);
      }
      if (!builder) throw new CliError(`${opts.data}: has a header but no data row`, 1);
      const profile = (builder as ProfileBuilder).finish();
      await writeFile(opts.out, `${JSON.stringify(profile)}\n`);
      const numerical = Object.values(profile.features).filter((f) => f.type === 'numerical').length;
      process.stdout.write(`profiled ${profile.rows} rows: ${numerical} numerical and ${Object.keys(profile.features).length - numerical} categorical features -> ${opts.out}\n`);
    });
};
