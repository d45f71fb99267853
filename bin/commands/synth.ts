import { ConfigError } from '../../lib/config';
import { formatFindingsTable } from '../../lib/policy';
import { isBlocking, PolicyViolationError, synthExampleApp } from '../../stacks/synth-example-app';
import { CliError } from '../cli-error';
import { type CommandRegistrar } from '../command-registrar';

export const registerSynth: CommandRegistrar = (program) => {
  program
    .command('synth')
    .description('Validate the platform and team files, run the policy rule pack, then synthesize one Terraform stack each into --out (replaced only on success).')
    .option('--teams <dir>', 'directory of team files (<team>.yaml)', 'stacks/teams')
    .option('--platform <file>', 'platform file (default: platform.yaml beside the teams directory)')
    .option('--out <dir>', 'output directory', 'cdktf.out')
    .option('--report <file>', 'also write the policy findings as SARIF 2.1.0')
    .action((opts: { teams: string; platform?: string; out: string; report?: string }) => {
      try {
        const { stacks, findings } = synthExampleApp({ teamsDir: opts.teams, platformFile: opts.platform, outDir: opts.out, reportFile: opts.report });
        if (findings.length) process.stderr.write(`policy findings (none blocking):\n${formatFindingsTable(findings)}`);
        process.stdout.write(`synthesized ${stacks.length} stacks into ${opts.out}: ${stacks.join(', ')}\n`);
      } catch (err) {
        if (err instanceof ConfigError) throw new CliError(err.message, 1);
        if (err instanceof PolicyViolationError) {
          const blocking = err.findings.filter(isBlocking).length;
          throw new CliError(`${formatFindingsTable(err.findings)}\n${err.message}; ${opts.out} left untouched (${blocking} blocking of ${err.findings.length} findings)`, 1);
        }
        throw err;
      }
    });
};
