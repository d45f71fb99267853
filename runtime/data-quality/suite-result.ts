/** Row numbers listed per failed expectation (the first ones in file order). */
export const MAX_UNEXPECTED_ROWS = 20;

/** The outcome of one expectation: the `results[]` items of `oci-mlops data-quality check --json`. */
export interface ExpectationResult {
  /** `<column>.<check>`, `table.<check>` (`table.uniqueColumns[a,b]` per compound key) or `drift.<column>`. */
  readonly expectation: string;
  /** The column checked; null for table checks. */
  readonly column: string | null;
  /** `exists`, a column check (`type`, `min`...), a table check (`rowCount`...) or `drift`. */
  readonly check: string;
  readonly success: boolean;
  /** What was measured: a count, share, bound reached, type, statistic... (docs/data-quality.md lists each). */
  readonly observed: unknown;
  /**
   * Rows breaking the expectation (for `unique` and `uniqueColumns`: rows taking part in a duplicate);
   * null for checks of the whole table (rowCount, freshness), drift and a missing column (exists).
   */
  readonly unexpected_count: number | null;
  /** Up to 20 1-based data row numbers of those rows, in file order; listed for failed expectations only. */
  readonly unexpected_rows: readonly number[];
}

/** The `oci-mlops data-quality check --json` document. */
export interface SuiteResult {
  readonly suite: string;
  /** True when every expectation holds. */
  readonly success: boolean;
  readonly n_rows: number;
  readonly results: readonly ExpectationResult[];
}
