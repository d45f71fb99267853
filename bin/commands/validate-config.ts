import { ConfigError, type ConfigProblem, formatProblem, loadConfigFile, loadTeamConfigs, PlatformConfigSchema } from '../../lib/config';
import { CliError } from '../cli-error';
import { type CommandRegistrar } from '../command-registrar';

export const registerValidateConfig: CommandRegistrar = (program) => {
  program
    .command('validate-config')
    .description('Validate team files (and, with --platform, the platform file); print every problem as <file>:<line>:<col> <path>: <message>.')
    .argument('<files...>', 'team files')
    .option('--platform <file>', 'also validate this platform file')
    .action((files: string[], opts: { platform?: string }) => {
      const problems: ConfigProblem[] = [];
      if (opts.platform) {
        const result = loadConfigFile(opts.platform, PlatformConfigSchema);
        if (!result.ok) problems.push(...result.problems);
      }
      try {
        loadTeamConfigs(files);
      } catch (err) {
        if (!(err instanceof ConfigError)) throw err;
        problems.push(...err.problems);
      }
      if (problems.length) throw new CliError(problems.map(formatProblem).join('\n'), 1);
      process.stdout.write(`${files.length + (opts.platform ? 1 : 0)} config file(s) valid\n`);
    });
};
