import { dirname, join } from 'node:path';
import { ConfigError, listTeamFiles, loadConfigFile, loadTeamConfigs, PlatformConfigSchema, type PlatformConfig, type TeamConfigFile } from '../lib/config';

export interface ExampleConfigPaths {
  /** Directory of team files. */
  readonly teamsDir: string;
  /**
   * The platform file.
   * @default - platform.yaml beside the teams directory
   */
  readonly platformFile?: string;
}

/** Loads and validates the platform file and every team file; one ConfigError lists every problem. */
export function loadExampleConfig(paths: ExampleConfigPaths): { platform: PlatformConfig; teams: TeamConfigFile[] } {
  const platformFile = paths.platformFile ?? join(dirname(paths.teamsDir), 'platform.yaml');
  const platform = loadConfigFile(platformFile, PlatformConfigSchema);
  let teams: TeamConfigFile[] = [];
  const problems = platform.ok ? [] : [...platform.problems];
  try {
    teams = loadTeamConfigs(listTeamFiles(paths.teamsDir));
  } catch (err) {
    if (!(err instanceof ConfigError)) throw err;
    problems.push(...err.problems);
  }
  if (problems.length || !platform.ok) throw new ConfigError(problems);
  return { platform: platform.value, teams };
}
