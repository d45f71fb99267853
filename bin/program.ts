import { Command } from 'commander';
import { commandRegistrars } from './commands';

/** Builds the `oci-mlops` command line: every subcommand registers itself from `bin/commands/`. */
export function buildProgram(): Command {
  const program = new Command('oci-mlops')
    .description('MLOps on Oracle Cloud Infrastructure: synthesize stacks, validate configs, serve and monitor models.')
    .showHelpAfterError()
    .configureOutput({ outputError: (text, write) => write(text) });
  for (const register of commandRegistrars) register(program);
  return program;
}
