import { dirname, isAbsolute, join } from 'node:path';
import { type DataQualitySuite, DataQualitySuiteSchema } from '../../runtime/data-quality/suite-schema';
import { ConfigError } from './config-problem';
import { loadConfigFile } from './load-config-file';

/** A validated data-quality suite file. */
export interface DataQualitySuiteFile {
  readonly suite: DataQualitySuite;
  /** `drift.reference` resolved against the suite file's folder; absent without a drift section. */
  readonly referenceProfilePath?: string;
}

/**
 * Reads and validates a data-quality suite (YAML or JSON) against `DataQualitySuiteSchema`.
 *
 * @param file - the suite file
 * @returns the suite, and the path of its drift reference profile
 * @throws ConfigError listing every problem as `<file>:<line>:<col> <path>: <message>`
 * @example
 * loadDataQualitySuite('quality/transactions.yaml').suite.columns.amount; // { type: 'number', min: 0 }
 */
export function loadDataQualitySuite(file: string): DataQualitySuiteFile {
  const loaded = loadConfigFile(file, DataQualitySuiteSchema);
  if (!loaded.ok) throw new ConfigError(loaded.problems);
  const reference = loaded.value.drift?.reference;
  if (reference === undefined) return { suite: loaded.value };
  return { suite: loaded.value, referenceProfilePath: isAbsolute(reference) ? reference : join(dirname(file), reference) };
}
