import { ConfigError } from '../../lib/config';
import { synthExampleApp } from '../../stacks/synth-example-app';
import { CliError } from '../cli-error';
import { type CommandRegistrar } from '../command-registrar';

export const registerSynth: CommandRegistrar = (program) => {
  program
    .command('synth')
    .description('Validate the platform and team files, then synthesize one Terraform stack each into --out (replaced only on success).')
    .option('--teams <dir>', 'directory of team files (<team>.yaml)', 'stacks/teams')
    .option('--platform <file>', 'platform file (default: platform.yaml beside the teams directory)')
    .option('--out <dir>', 'output directory', 'cdktf.out')
    .action((opts: { teams: string; platform?: string; out: string }) => {
      try {
        const stacks = synthExampleApp({ teamsDir: opts.teams, platformFile: opts.platform, outDir: opts.out });
        process.stdout.write(`synthesized ${stacks.length} stacks into ${opts.out}: ${stacks.join(', ')}\n`);
      } catch (err) {
        if (err instanceof ConfigError) throw new CliError(err.message, 1);
        throw err;
      }
    });
};
