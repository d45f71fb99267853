/**
 * The types a `bench:e2e` suite implements (scripts/bench/e2e.ts runs them): a suite writes its
 * input files once into the run's temporary folder and returns the cases to time, each our command
 * and, where one exists, the Python equivalent, both run as whole processes.
 */
import { type DuckDBConnection } from '@duckdb/node-api';
import { type ProcessFigures, type TimedCommand } from './compare-processes';

/** Sizes of the generated inputs (overridable by env for a quick smoke run). */
export interface E2eSizes {
  /** Rows of the drift tables (BENCH_E2E_ROWS, default 1e6). */
  readonly rows: number;
  /** Numeric columns of every generated table (BENCH_E2E_COLUMNS, default 20). */
  readonly columns: number;
  /** Rows of the large drift and profile tables (BENCH_E2E_BIG_ROWS, default 1e7; 0 skips them). */
  readonly bigRows: number;
  /** Rows of the validate-model hold-out table (BENCH_E2E_HOLDOUT_ROWS, default 1e6). */
  readonly holdoutRows: number;
}

/** What a suite gets from the runner. */
export interface E2eContext {
  /** The run's temporary folder (removed at the end): write inputs and outputs here. */
  readonly dir: string;
  readonly sizes: E2eSizes;
  /** A DuckDB connection for writing the input files (`COPY (...) TO ...`). */
  readonly duckdb: DuckDBConnection;
  /** The argv that runs `oci-mlops <args>` as users do (the CLI bundled once, run by node). */
  ours(args: readonly string[]): string[];
  /** The argv that runs a Python script (written to `dir`) with /usr/bin/python3, or null when a module it imports is missing. */
  python(name: string, source: string, modules: readonly string[], args: readonly string[]): string[] | null;
}

/** One line of the table: our command and the peer's, timed in the same run. */
export interface E2eCase {
  /** What a user runs, as the table's first column (`drift --json, 1e6 x 20 CSV, KS`). */
  readonly name: string;
  readonly ours: TimedCommand;
  /** The Python equivalent, when there is one (and its modules are installed). */
  readonly peer?: TimedCommand;
  /**
   * Checks the two outputs agree (same statistics, same metrics); returns a note printed under the
   * table, or throws when they disagree.
   */
  readonly compare?: (ours: ProcessFigures, peer: ProcessFigures | undefined) => string;
}

/**
 * A group of cases with their inputs, timed by the runner. Suites run in the order of `SUITES` in
 * scripts/bench/e2e.ts.
 */
export interface E2eSuite {
  /** Short name, matched by BENCH_E2E_ONLY (comma-separated) to run a subset. */
  readonly name: string;
  /** Writes the suite's inputs into `ctx.dir` and returns its cases. */
  prepare(ctx: E2eContext): Promise<E2eCase[]>;
}

/** A table row a suite that times its own commands returns. */
export interface E2eRow {
  readonly case: string;
  readonly ours: ProcessFigures;
  readonly peer?: ProcessFigures;
}

/**
 * A suite that writes its inputs and times its commands itself (the `features pit-join` one,
 * scripts/bench/e2e-features.ts, which also runs alone).
 */
export interface SelfTimedE2eSuite {
  readonly name: string;
  /** @param cli - the argv prefix that runs `oci-mlops`; @param runs - runs per command (medians) */
  run(cli: readonly string[], runs: number): Promise<readonly E2eRow[]>;
}
