import { Command } from 'commander';
import { type CommandRegistrar } from './command-registrar';
import { LAZY_COMMANDS } from './commands/lazy';

function baseProgram(): Command {
  return new Command('oci-mlops')
    .description('MLOps on Oracle Cloud Infrastructure: synthesize stacks, validate configs, serve and monitor models.')
    .showHelpAfterError()
    .configureOutput({ outputError: (text, write) => write(text) });
}

/** Builds the whole `oci-mlops` command line (every subcommand), as help and tests need it. */
export function buildProgram(): Command {
  // Loaded here, not at the top: the fast path below must not pull every command in.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { commandRegistrars } = require('./commands') as { commandRegistrars: CommandRegistrar[] };
  const program = baseProgram();
  for (const register of commandRegistrars) register(program);
  return program;
}

/**
 * The program for one invocation: when `argv` names a known command, only that command's module is
 * loaded; otherwise (help, an unknown command) the whole program.
 */
export async function programFor(argv: readonly string[]): Promise<Command> {
  const load = LAZY_COMMANDS[argv[2] ?? ''];
  if (!load) return buildProgram();
  const program = baseProgram();
  (await load())(program);
  return program;
}
