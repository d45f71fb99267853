import { type CommandRegistrar } from '../command-registrar';
import { registerCostCommand } from './cost';
import { registerDrift } from './drift';
import { registerFeaturesCommand } from './features';
import { registerGovernanceCommand } from './governance';
import { registerProfile } from './profile';
import { registerServe } from './serve';
import { registerSynth } from './synth';
import { registerValidateConfig } from './validate-config';
import { registerValidateModel } from './validate-model';

export { type CommandRegistrar } from '../command-registrar';

/** Every subcommand of `oci-mlops`, in help order. One line per command module. */
export const commandRegistrars: CommandRegistrar[] = [
  registerSynth,
  registerValidateConfig,
  registerFeaturesCommand,
  registerGovernanceCommand,
  registerServe,
  registerDrift,
  registerProfile,
  registerValidateModel,
  registerCostCommand,
];
