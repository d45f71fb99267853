import { type CommandRegistrar } from '../command-registrar';
import { registerDataQuality } from './data-quality';
import { registerBenchmark } from './benchmark';
import { registerCostCommand } from './cost';
import { registerDrift } from './drift';
import { registerFeaturesCommand } from './features';
import { registerGovernanceCommand } from './governance';
import { registerOptimize } from './optimize';
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
  registerDataQuality,
  registerValidateModel,
  registerOptimize,
  registerBenchmark,
  registerCostCommand,
];
