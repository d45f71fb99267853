import { existsSync, statSync } from 'node:fs';
import { dirname, isAbsolute, join } from 'node:path';
import { type DataQualitySuite } from '../../runtime/data-quality/suite-schema';
import { ConfigError, type ConfigProblem, formatProblem } from './config-problem';
import { loadDataQualitySuite } from './load-data-quality-suite';
import { type TeamConfig } from './team-config-schema';
import { type YamlSource } from './yaml-source';

/** The data-quality suites a team file's endpoints name (`endpoints.models[].dataQuality.suite`), by endpoint name. */
export type EndpointSuites = Readonly<Record<string, DataQualitySuite>>;

/**
 * Reads the suite file of every endpoint that sets `dataQuality`, relative to the team file, with the
 * parser and validator of `oci-mlops data-quality check`. A suite that is missing or invalid is a
 * problem of the team file at `dataQuality.suite`, with the suite's own problems (file:line:col) in it.
 *
 * @param file - the team file, as the user named it
 * @param config - its validated content
 * @param source - its parsed YAML, to place problems
 * @returns the suites by endpoint name, and the problems found
 */
export function loadEndpointSuites(file: string, config: TeamConfig, source: YamlSource): { suites: EndpointSuites; problems: ConfigProblem[] } {
  const suites: Record<string, DataQualitySuite> = {};
  const problems: ConfigProblem[] = [];
  config.endpoints?.models.forEach((m, i) => {
    if (m.target === 'datascience' || !m.dataQuality) return;
    const path = ['endpoints', 'models', i, 'dataQuality', 'suite'];
    const problem = (message: string) => problems.push({ file, ...source.position(path), path: path.join('.'), message });
    const named = m.dataQuality.suite;
    const suiteFile = isAbsolute(named) ? named : join(dirname(file), named);
    if (!existsSync(suiteFile) || !statSync(suiteFile).isFile()) {
      problem(`suite file not found: ${JSON.stringify(named)} (looked for ${suiteFile}); must be the path of a data-quality suite file (YAML or JSON) relative to the team file`);
      return;
    }
    try {
      suites[m.name] = loadDataQualitySuite(suiteFile).suite;
    } catch (err) {
      if (!(err instanceof ConfigError)) throw err;
      problem(`${JSON.stringify(named)} is not a valid data-quality suite (schemas/data-quality-suite.schema.json, docs/data-quality.md): ${err.problems.map(formatProblem).join('; ')}`);
    }
  });
  return { suites, problems };
}
