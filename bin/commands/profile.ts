import { rename, writeFile } from 'node:fs/promises';
import { InvalidArgumentError } from 'commander';
import { DataSession, type TableFormat } from '../../runtime/data';
import { profileFromTable } from '../../runtime/monitor/adapters/profile-from-table';
import { type DriftProfile } from '../../runtime/monitor/profile/drift-profile-schema';
import { featureTableError, parseTableFormat } from '../table-options';
import { type CommandRegistrar } from '../command-registrar';

interface ProfileOptions {
  data: string;
  out: string;
  categorical: string[];
  sketchK: number;
  bins: number;
  format?: TableFormat;
}

const list = (v: string): string[] => v.split(',').map((s) => s.trim()).filter(Boolean);
const integer = (flag: string) => (v: string): number => {
  const n = Number(v);
  if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError(`${flag} must be a positive integer, got "${v}"`);
  return n;
};

/**
 * `oci-mlops profile`: reads a reference table (CSV, CSV.gz or Parquet, local or `oci://`) a few
 * columns at a time into a drift profile (per-feature KLL quantile sketch, histogram, category
 * counts, sizes), so the monitor never loads raw training data. Exit 1 on bad input.
 */
export const registerProfile: CommandRegistrar = (program) => {
  program
    .command('profile')
    .description('Build a reference profile (quantile sketch, histogram, category counts) for drift monitoring.')
    .requiredOption('--data <REF.csv|REF.parquet>', 'reference table: CSV with a header row, CSV.gz or Parquet; a path or oci://bucket@namespace/object')
    .requiredOption('--out <PROFILE.json>', 'where to write the profile')
    .option('--categorical <a,b>', 'comma-separated categorical columns (others are numerical)', list, [])
    .option('--sketch-k <k>', 'KLL accuracy parameter: rank error about 3/k, about 3k numbers per feature', integer('--sketch-k'), 1000)
    .option('--bins <n>', 'histogram bins cut at the reference quantiles (PSI, Jensen-Shannon)', integer('--bins'), 10)
    .option('--format <csv|parquet>', 'format of --data, for a name without a .csv, .csv.gz or .parquet extension', parseTableFormat)
    .action(async (opts: ProfileOptions) => {
      const session = await DataSession.create();
      let profile: DriftProfile;
      try {
        const table = await session.open(opts.data, { format: opts.format });
        profile = await profileFromTable({ session, table, categorical: new Set(opts.categorical), sketchK: opts.sketchK, bins: opts.bins });
      } catch (err) {
        throw featureTableError(err, opts.data);
      } finally {
        await session.close();
      }
      const temp = `${opts.out}.${process.pid}.tmp`;
      await writeFile(temp, `${JSON.stringify(profile)}\n`);
      await rename(temp, opts.out);
      const numerical = Object.values(profile.features).filter((f) => f.type === 'numerical').length;
      process.stdout.write(`profiled ${profile.rows} rows: ${numerical} numerical and ${Object.keys(profile.features).length - numerical} categorical features -> ${opts.out}\n`);
    });
};
