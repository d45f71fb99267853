import { type DataSession, type DataTable, planColumnGroups } from '../../data';
import { type DriftSettingsInput, DriftSettingsSchema, type FeatureType } from '../drift-settings';
import { type CategoricalProfile, type DriftProfile, type NumericalProfile } from '../profile/drift-profile-schema';
import { combineDriftResults } from '../report/combine-drift-results';
import { type DriftFeatureInput, type DriftReport, type FeatureDriftResult } from '../report/drift-report-types';
import { evaluateFeatureDrift } from '../report/evaluate-feature-drift';
import { featureChartData, type FeatureChartData } from '../report/feature-chart-data';
import { sortFloat64 } from '../stats/sort-float64';
import { categoryCountsOf } from './category-counts-of';

export interface DriftFromTablesOptions {
  /** The session the tables were opened in (it holds the temporary Parquet copies). */
  readonly session: DataSession;
  /** The reference: a table, or a profile written by `oci-mlops profile`. */
  readonly reference: DataTable | DriftProfile;
  readonly current: DataTable;
  /** The features to compare, in report order; each a column of both (or of the profile). */
  readonly features: readonly { readonly name: string; readonly type: FeatureType }[];
  readonly settings?: DriftSettingsInput;
  /**
   * Also compute the HTML report's chart data, while each feature's values are in memory.
   * @default false
   */
  readonly charts?: boolean;
  /**
   * Memory the numeric columns of one read may take (both tables together).
   * @default DEFAULT_COLUMN_BUDGET_BYTES (512 MiB)
   */
  readonly columnBudgetBytes?: number;
}

/**
 * Computes the drift report of two tables (or a table against a profile), holding only a few
 * columns in memory at a time: numeric features are read as Float64Arrays in groups that fit
 * `columnBudgetBytes` (every column in one scan for tables up to about 1e6 rows x 20 columns; for
 * larger CSV tables, each is first copied to a temporary Parquet file, read a group of columns at a
 * time), categorical features one at a time as dictionary codes, counted. Each feature is evaluated
 * as soon as it is read and its values dropped; the correction across features comes last. The
 * result is the one `computeDriftReport` gives for the same values.
 *
 * @param opts - session, tables or profile, features, settings
 * @returns the report, and the chart data per feature when asked
 * @throws TableInputError naming the table, column and line or row of a bad cell; Error naming the
 *   feature when a method does not fit its type or its statistic cannot be computed
 * @example
 * const { report } = await driftReportFromTables({ session, reference: await session.open('ref.parquet'), current: await session.open('cur.csv'), features: [{ name: 'age', type: 'numerical' }] });
 */
export async function driftReportFromTables(opts: DriftFromTablesOptions): Promise<{ report: DriftReport; charts: Map<string, FeatureChartData> }> {
  const settings = DriftSettingsSchema.parse(opts.settings ?? {});
  let reference = isTable(opts.reference) ? opts.reference : null;
  let current = opts.current;
  const profile = isTable(opts.reference) ? null : opts.reference;
  const numeric = opts.features.filter((f) => f.type === 'numerical').map((f) => f.name);
  const rows = (reference ? await reference.estimatedRows() : 0) + (await current.estimatedRows());
  const groups = planColumnGroups(numeric, rows * 8, opts.columnBudgetBytes);
  if (groups.length > 1) {
    // Several reads: parse each CSV once into a Parquet copy, then each read scans only its columns.
    if (reference) reference = await opts.session.columnar(reference, numeric);
    current = await opts.session.columnar(current, numeric);
  }
  const results = new Map<string, FeatureDriftResult>();
  const charts = new Map<string, FeatureChartData>();
  const evaluate = (input: DriftFeatureInput): void => {
    try {
      results.set(input.name, evaluateFeatureDrift(input, settings));
    } catch (err) {
      throw new Error(`feature "${input.name}": ${(err as Error).message}`);
    }
    if (opts.charts) charts.set(input.name, featureChartData(input));
  };
  for (const group of groups) {
    const ref = reference ? await reference.numeric(group) : null;
    // One read of everything (small tables): DuckDB reads the current table in its threads while
    // JavaScript sorts the reference columns (in place: they are ours; every statistic sorts them).
    const reading = current.numeric(group, { materialize: groups.length === 1 });
    if (ref) for (const column of ref.values()) sortFloat64(column.values);
    const cur = await reading;
    for (const name of group) {
      const reference = ref ? ref.get(name)!.values : (profileFeature(profile!, name, 'numerical') as NumericalProfile);
      evaluate({ name, type: 'numerical', reference, current: cur.get(name)!.values });
    }
  }
  for (const f of opts.features.filter((x) => x.type === 'categorical')) {
    const ref = reference ? categoryCountsOf(await reference.categorical(f.name, { trim: true })) : (profileFeature(profile!, f.name, 'categorical') as CategoricalProfile);
    evaluate({ name: f.name, type: 'categorical', reference: ref, current: categoryCountsOf(await current.categorical(f.name, { trim: true })) });
  }
  return { report: combineDriftResults(opts.features.map((f) => results.get(f.name)!), settings), charts };
}

function isTable(reference: DataTable | DriftProfile): reference is DataTable {
  return 'relation' in reference;
}

function profileFeature(profile: DriftProfile, name: string, type: FeatureType): DriftProfile['features'][string] {
  const feature = profile.features[name];
  if (!feature || feature.type !== type) throw new Error(`feature "${name}": the reference profile has no ${type} feature of this name`);
  return feature;
}
