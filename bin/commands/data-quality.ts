import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { dirname, join, relative, resolve } from 'node:path';
import { type Command } from 'commander';
import { Document, type YAMLMap } from 'yaml';
import { ConfigError } from '../../lib/config/config-problem';
import { loadDataQualitySuite } from '../../lib/config/load-data-quality-suite';
import { DataSession, TableInputError } from '../../runtime/data';
import { checkSuite } from '../../runtime/data-quality/check-suite';
import { describeObserved } from '../../runtime/data-quality/describe-observed';
import { proposeSuite } from '../../runtime/data-quality/propose-suite';
import { renderDataQualityHtml } from '../../runtime/data-quality/render-data-quality-html';
import { renderSuiteJunit } from '../../runtime/data-quality/render-suite-junit';
import { type SuiteResult } from '../../runtime/data-quality/suite-result';
import { writeReportFile } from '../../runtime/data-quality/write-report-file';
import { type DriftProfile } from '../../runtime/monitor/profile/drift-profile-schema';
import { parseDriftProfile } from '../../runtime/monitor/profile/parse-drift-profile';
import { CliError } from '../cli-error';
import { type CommandRegistrar } from '../command-registrar';

interface CheckOptions {
  suite: string;
  data: string;
  now?: string;
  json?: boolean;
  junit?: string;
  html?: string;
}

/** Runs work with a data session, turning unusable input into exit 1 with its message. */
async function withSession<T>(work: (session: DataSession) => Promise<T>): Promise<T> {
  const session = await DataSession.create();
  try {
    return await work(session);
  } catch (err) {
    if (err instanceof TableInputError || err instanceof ConfigError) throw new CliError(err.message, 1);
    throw err;
  } finally {
    await session.close();
  }
}

async function readProfile(path: string): Promise<DriftProfile> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch {
    throw new CliError(`${path}: reference profile not found (drift.reference of the suite)`, 1);
  }
  try {
    return parseDriftProfile(JSON.parse(text), path);
  } catch (err) {
    throw new CliError(`${path}: ${(err as Error).message.replace(/^parseDriftProfile: \S+ /, '')}`, 1);
  }
}

/** Writes a report, turning a write failure into exit 1 naming the file. */
async function writeReport(file: string, text: string): Promise<void> {
  try {
    await writeReportFile(file, text);
  } catch (err) {
    throw new CliError((err as Error).message, 1);
  }
}

function textReport(result: SuiteResult): string {
  const lines = result.results.map((r) => `${r.success ? 'ok  ' : 'FAIL'}  ${r.expectation}${r.success ? '' : `: ${describeObserved(r)}`}`);
  const failed = result.results.filter((r) => !r.success).length;
  const summary = result.success ? `all ${result.results.length} expectations hold` : `${failed} of ${result.results.length} expectations failed`;
  return `${lines.join('\n')}\n\nsuite "${result.suite}", ${result.n_rows} rows: ${summary}\n`;
}

/** The `yaml-language-server` line of a suite written to `out`: the package's JSON Schema, relative to it. */
function schemaLine(out: string): string {
  let dir = __dirname;
  while (!existsSync(join(dir, 'schemas', 'data-quality-suite.schema.json')) && dirname(dir) !== dir) dir = dirname(dir);
  const schema = relative(dirname(resolve(out)), join(dir, 'schemas', 'data-quality-suite.schema.json')).split('\\').join('/');
  return ` yaml-language-server: $schema=${schema}`;
}

/**
 * `oci-mlops data-quality check|init`: checks a CSV or Parquet table (local or `oci://`) against an
 * expectation suite in DuckDB (exit 0 when every expectation holds, 3 when any fails, 1 on bad input),
 * or proposes a suite from a table.
 */
export const registerDataQuality: CommandRegistrar = (program: Command) => {
  const dq = program.command('data-quality').description('Data-quality expectation suites: check a table against a suite, or propose a suite from a table.');

  dq.command('check')
    .description('Check a CSV or Parquet table against a suite. Exit 0: every expectation holds; 3: one failed; 1: bad suite or data.')
    .requiredOption('--suite <SUITE.yaml>', 'the expectation suite (docs/data-quality.md)')
    .requiredOption('--data <FILE>', 'CSV, CSV.gz or Parquet: a local file or oci://<bucket>@<namespace>/<object>')
    .option('--now <ISO>', 'the time freshness is measured against (default: now)')
    .option('--json', 'print the results as JSON')
    .option('--junit <OUT.xml>', 'also write a JUnit report (one testcase per expectation)')
    .option('--html <OUT.html>', 'also write a self-contained HTML report')
    .action(async (opts: CheckOptions) => {
      const now = opts.now === undefined ? new Date() : new Date(opts.now);
      if (Number.isNaN(now.getTime())) throw new CliError(`--now must be an ISO 8601 time such as 2026-01-31T12:00:00Z, got "${opts.now}"`, 1);
      const result = await withSession(async (session) => {
        const { suite, referenceProfilePath } = loadDataQualitySuite(opts.suite);
        const referenceProfile = referenceProfilePath ? await readProfile(referenceProfilePath) : undefined;
        // A table with a header and no rows is checked, not refused: rowCount says whether that is acceptable (and open skips a counting scan).
        const table = await session.open(opts.data, { allowEmpty: true });
        return checkSuite(table, suite, { now, referenceProfile });
      });
      process.stdout.write(opts.json ? `${JSON.stringify(result, null, 2)}\n` : textReport(result));
      if (opts.junit) await writeReport(opts.junit, renderSuiteJunit(result, opts.data));
      if (opts.html) await writeReport(opts.html, renderDataQualityHtml(result, `Data quality: ${opts.data}`));
      if (!result.success) {
        const failed = result.results.filter((r) => !r.success).map((r) => r.expectation);
        throw new CliError(`data-quality: ${failed.length} expectation${failed.length === 1 ? '' : 's'} failed: ${failed.join(', ')}`, 3);
      }
    });

  dq.command('init')
    .description('Propose a suite from a table: types, notNull, observed min and max, allowedValues (at most 20 distinct values), unique.')
    .requiredOption('--data <FILE>', 'CSV, CSV.gz or Parquet: a local file or oci://<bucket>@<namespace>/<object>')
    .requiredOption('--out <SUITE.yaml>', 'where to write the suite')
    .option('--name <NAME>', 'suite name (default: the data file name without extension)')
    .action(async (opts: { data: string; out: string; name?: string }) => {
      const name = opts.name ?? (opts.data.split('/').pop() ?? 'suite').replace(/(\.csv(\.gz)?|\.parquet|\.pq)$/i, '');
      const suite = await withSession(async (session) => proposeSuite(await session.open(opts.data), name));
      const doc = new Document(suite);
      doc.commentBefore = schemaLine(opts.out);
      // One line per column, as suites are written by hand: `amount: { type: number, min: 0 }`.
      for (const pair of (doc.get('columns') as YAMLMap<unknown, YAMLMap>).items) pair.value!.flow = true;
      await writeReport(opts.out, doc.toString({ lineWidth: 0 }));
      process.stdout.write(`proposed ${Object.keys(suite.columns).length} column checks for "${name}" -> ${opts.out}\n`);
    });
};
