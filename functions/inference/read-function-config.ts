import { z } from 'zod';

const bool = z.enum(['true', 'false', '1', '0']).transform((v) => v === 'true' || v === '1');
const positiveInt = z.string().regex(/^\d+$/, 'must be a whole number').transform(Number).pipe(z.number().int().min(1));

const FunctionConfig = z.object({
  MODEL_URI: z.string().min(1, 'required: oci://<bucket>@<namespace>/<object> or a path in the image'),
  MODEL_SHA256: z.string().regex(/^[0-9a-fA-F]{64}$/, 'must be 64 hex digits').optional(),
  MODEL_NAME: z.string().regex(/^[A-Za-z0-9._-]{1,128}$/, "must be 1-128 letters, digits, '.', '_' or '-'").optional(),
  MODEL_VERSION: z.string().min(1).optional(),
  MAX_BATCH: positiveInt.optional(),
  MAX_BODY_BYTES: positiveInt.optional(),
  LOG_FEATURES: bool.optional(),
  PATH_PREFIX: z.string().optional(),
  LOG_TARGET: z.enum(['stdout', 'none'], { message: 'must be stdout or none (set LOG_ID for OCI Logging)' }).optional(),
  LOG_ID: z.string().regex(/^ocid1\.log\./, 'must be a log OCID (ocid1.log...)').optional(),
  MONITORING_COMPARTMENT_ID: z.string().regex(/^ocid1\.(compartment|tenancy)\./, 'must be a compartment OCID').optional(),
  MONITORING_INTERVAL_SEC: positiveInt.optional(),
  MODEL_CACHE_DIR: z.string().optional(),
});

/** The inference function's configuration, typed. */
export interface FunctionConfig {
  readonly modelUri: string;
  readonly modelSha256?: string;
  readonly modelName?: string;
  readonly modelVersion?: string;
  readonly maxBatch: number;
  readonly maxBodyBytes: number;
  readonly logFeatures: boolean;
  readonly pathPrefix: string;
  readonly logId?: string;
  /** Where prediction records go without LOG_ID. */
  readonly logTarget: 'stdout' | 'none';
  readonly monitoringCompartmentId?: string;
  readonly monitoringIntervalSec: number;
  readonly cacheDir: string;
}

/**
 * Reads the function's configuration from its environment (the Functions config keys).
 *
 * @param env the environment (`process.env`)
 * @returns the typed configuration with defaults applied
 * @throws Error listing every bad key as `KEY: message`
 * @example
 * readFunctionConfig({ MODEL_URI: 'oci://models@ns/iris.onnx', MODEL_SHA256: '104d...' });
 */
export function readFunctionConfig(env: Readonly<Record<string, string | undefined>>): FunctionConfig {
  const keys = Object.keys(FunctionConfig.shape);
  const picked = Object.fromEntries(keys.filter((k) => env[k] !== undefined && env[k] !== '').map((k) => [k, env[k]]));
  const r = FunctionConfig.safeParse(picked);
  if (!r.success) {
    throw new Error(`readFunctionConfig: invalid function configuration: ${r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  }
  const c = r.data;
  return {
    modelUri: c.MODEL_URI,
    modelSha256: c.MODEL_SHA256,
    modelName: c.MODEL_NAME,
    modelVersion: c.MODEL_VERSION,
    maxBatch: c.MAX_BATCH ?? 1000,
    maxBodyBytes: c.MAX_BODY_BYTES ?? 1048576,
    logFeatures: c.LOG_FEATURES ?? true,
    pathPrefix: c.PATH_PREFIX ?? '',
    logId: c.LOG_ID,
    logTarget: c.LOG_TARGET ?? 'stdout',
    monitoringCompartmentId: c.MONITORING_COMPARTMENT_ID,
    monitoringIntervalSec: c.MONITORING_INTERVAL_SEC ?? 60,
    cacheDir: c.MODEL_CACHE_DIR ?? '/tmp/model-cache',
  };
}
