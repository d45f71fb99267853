import { type CommandRegistrar } from '../command-registrar';

/**
 * Each command's module, loaded only when that command runs: the runtime modules behind some
 * commands (ONNX Runtime, DuckDB, the OCI SDK) take seconds to load, and `oci-mlops synth` should
 * not pay for them. test/bin/commands.test.ts checks this map names the same commands as index.ts.
 */
export const LAZY_COMMANDS: Readonly<Record<string, () => Promise<CommandRegistrar>>> = {
  synth: async () => (await import('./synth')).registerSynth,
  'validate-config': async () => (await import('./validate-config')).registerValidateConfig,
  features: async () => (await import('./features')).registerFeaturesCommand,
  governance: async () => (await import('./governance')).registerGovernanceCommand,
  serve: async () => (await import('./serve')).registerServe,
  drift: async () => (await import('./drift')).registerDrift,
  profile: async () => (await import('./profile')).registerProfile,
  'data-quality': async () => (await import('./data-quality')).registerDataQuality,
  'validate-model': async () => (await import('./validate-model')).registerValidateModel,
  optimize: async () => (await import('./optimize')).registerOptimize,
  benchmark: async () => (await import('./benchmark')).registerBenchmark,
  cost: async () => (await import('./cost')).registerCostCommand,
};
