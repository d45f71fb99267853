import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { ConfigError, type ConfigProblem } from './config-problem';
import { loadConfigFile } from './load-config-file';
import { type EndpointSuites, loadEndpointSuites } from './load-endpoint-suites';
import { type TeamConfig, TeamConfigSchema } from './team-config-schema';

/** A validated team file. */
export interface TeamConfigFile {
  /** Path as found under the teams directory. */
  readonly file: string;
  readonly config: TeamConfig;
  /** The data-quality suites its endpoints name, read from their files, by endpoint name. */
  readonly dataQualitySuites: EndpointSuites;
}

/** The team files (`*.yaml`, `*.yml`) of a directory, sorted by name so output is stable. */
export function listTeamFiles(dir: string): string[] {
  if (!existsSync(dir) || !statSync(dir).isDirectory()) {
    throw new ConfigError([{ file: dir, line: 1, col: 1, path: '', message: 'teams directory not found: pass --teams DIR with one <team>.yaml file per team' }]);
  }
  const files = readdirSync(dir).filter((f) => /\.ya?ml$/.test(f)).sort().map((f) => join(dir, f));
  if (!files.length) {
    throw new ConfigError([{ file: dir, line: 1, col: 1, path: '', message: 'teams directory holds no team files (*.yaml, *.yml)' }]);
  }
  return files;
}

/**
 * Loads and validates team files: each against the schema, then the files it names (endpoint
 * data-quality suites), then across files (team names are unique). Throws one ConfigError listing every problem of every file; returns only when all are valid.
 */
export function loadTeamConfigs(files: readonly string[]): TeamConfigFile[] {
  const problems: ConfigProblem[] = [];
  const loaded: TeamConfigFile[] = [];
  const owners = new Map<string, string>();
  for (const file of files) {
    const result = loadConfigFile(file, TeamConfigSchema);
    if (!result.ok) {
      problems.push(...result.problems);
      continue;
    }
    const owner = owners.get(result.value.team);
    if (owner !== undefined) {
      problems.push({ file, ...result.source.position(['team']), path: 'team', message: `duplicate team name "${result.value.team}": ${owner} already defines it` });
      continue;
    }
    owners.set(result.value.team, file);
    const suites = loadEndpointSuites(file, result.value, result.source);
    if (suites.problems.length) {
      problems.push(...suites.problems);
      continue;
    }
    loaded.push({ file, config: result.value, dataQualitySuites: suites.suites });
  }
  if (problems.length) throw new ConfigError(problems);
  return loaded;
}
