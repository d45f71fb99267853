import { type CommandRegistrar } from '../command-registrar';
import { registerFeaturesCommand } from './features';
import { registerGovernanceCommand } from './governance';
import { registerServe } from './serve';
import { registerSynth } from './synth';
import { registerValidateConfig } from './validate-config';

export { type CommandRegistrar } from '../command-registrar';

/** Every subcommand of `oci-mlops`, in help order. One line per command module. */
export const commandRegistrars: CommandRegistrar[] = [
  registerSynth,
  registerValidateConfig,
  registerFeaturesCommand,
  registerGovernanceCommand,
  registerServe,
];
