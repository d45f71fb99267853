import { compileRowValidator, type RowValidator } from '../../runtime/data-quality/compile-row-validator';
import { DataQualitySuiteSchema } from '../../runtime/data-quality/suite-schema';
import { type FunctionConfig } from './read-function-config';

/**
 * The router's data-quality option from the function's configuration: DATA_QUALITY_SUITE validated
 * as a suite and compiled for FEATURE_NAMES. Loaded (with zod) only when a suite is configured, so
 * endpoints without one keep their cold start.
 *
 * @param config - the function configuration
 * @returns the validator and mode, or undefined without DATA_QUALITY_SUITE
 * @throws Error naming DATA_QUALITY_SUITE and every problem of the suite
 * @example
 * functionDataQuality(readFunctionConfig({ MODEL_URI: 'm.onnx', FEATURE_NAMES: 'age', DATA_QUALITY_SUITE: '{"name":"s","columns":{"age":{"min":0}}}' }));
 * // { validator: ..., mode: 'reject' }
 */
export function functionDataQuality(config: FunctionConfig): { validator: RowValidator; mode: 'reject' | 'flag' } | undefined {
  if (config.dataQualitySuite === undefined) return undefined;
  const parsed = DataQualitySuiteSchema.safeParse(config.dataQualitySuite);
  if (!parsed.success) {
    throw new Error(`DATA_QUALITY_SUITE: ${parsed.error.issues.map((i) => `${i.path.join('.') || '(suite)'}: ${i.message}`).join('; ')}`);
  }
  try {
    return { validator: compileRowValidator(parsed.data, config.featureNames ?? []), mode: config.dataQualityMode };
  } catch (err) {
    throw new Error(`DATA_QUALITY_SUITE: ${(err as Error).message.replace(/^compileRowValidator: /, '')}`);
  }
}
