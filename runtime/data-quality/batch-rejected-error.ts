import { type SuiteResult } from './suite-result';

/**
 * A batch refused by its feature group's data-quality suite; `result` is the `data-quality check
 * --json` document. Its own module (no DuckDB import), so stores that never check can still catch it.
 */
export class BatchRejectedError extends Error {
  override readonly name = 'BatchRejectedError';
  constructor(
    readonly source: string,
    readonly result: SuiteResult,
  ) {
    const failed = result.results.filter((r) => !r.success).map((r) => r.expectation);
    super(`${source}: batch rejected by data-quality suite "${result.suite}": ${failed.length} expectation${failed.length === 1 ? '' : 's'} failed (${failed.join(', ')})`);
  }
}
