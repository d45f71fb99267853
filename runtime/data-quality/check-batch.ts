import { BatchRejectedError } from './batch-rejected-error';
import { checkSuite, type CheckSuiteOptions, type SuiteTable } from './check-suite';
import { type SuiteResult } from './suite-result';
import { type DataQualitySuite } from './suite-schema';

/**
 * The ingestion hook: checks a batch (a `DataTable` or any relation with row numbers) against a
 * feature group's suite before anything is written, and refuses it when an expectation fails.
 *
 * @param table - the batch
 * @param suite - the feature group's `dataQuality` suite
 * @param opts - check time, reference profile
 * @returns the results when every expectation holds
 * @throws BatchRejectedError carrying the results when one fails; TableInputError when the batch cannot be read
 * @example
 * await checkBatch(await session.open('drivers.csv'), group.definition.dataQuality); // throws BatchRejectedError on a failed expectation
 */
export async function checkBatch(table: SuiteTable, suite: DataQualitySuite, opts: CheckSuiteOptions = {}): Promise<SuiteResult> {
  const result = await checkSuite(table, suite, opts);
  if (!result.success) throw new BatchRejectedError(table.source, result);
  return result;
}
