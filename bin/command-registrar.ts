import { type Command } from 'commander';

/** Adds one subcommand (or a group of them) to the program. */
export type CommandRegistrar = (program: Command) => void;
