/**
 * The configuration keys and their checks: each returns null when the value is allowed, else what is
 * allowed. Hand-written rather than a zod schema because loading zod was ~40 % of the function's cold
 * start; these are simple string checks.
 */
const CHECKS: Record<string, (v: string) => string | null> = {
  MODEL_URI: (v) => (v.length > 0 ? null : 'required: oci://<bucket>@<namespace>/<object> or a path in the image'),
  MODEL_SHA256: (v) => (/^[0-9a-fA-F]{64}$/.test(v) ? null : 'must be 64 hex digits'),
  MODEL_NAME: (v) => (/^[A-Za-z0-9._-]{1,128}$/.test(v) ? null : "must be 1-128 letters, digits, '.', '_' or '-'"),
  MODEL_VERSION: (v) => (v.length > 0 && v.length <= 128 ? null : 'must be 1-128 characters'),
  MAX_BATCH: (v) => (/^\d+$/.test(v) && Number(v) >= 1 && Number.isSafeInteger(Number(v)) ? null : 'must be a whole number >= 1'),
  MAX_BODY_BYTES: (v) => (/^\d+$/.test(v) && Number(v) >= 1 && Number.isSafeInteger(Number(v)) ? null : 'must be a whole number >= 1'),
  LOG_FEATURES: (v) => (['true', 'false', '1', '0'].includes(v) ? null : 'must be true, false, 1 or 0'),
  PATH_PREFIX: () => null,
  LOG_TARGET: (v) => (v === 'stdout' || v === 'none' ? null : 'must be stdout or none (set LOG_ID for OCI Logging)'),
  LOG_ID: (v) => (/^ocid1\.log\./.test(v) ? null : 'must be a log OCID (ocid1.log...)'),
  MONITORING_COMPARTMENT_ID: (v) => (/^ocid1\.(compartment|tenancy)\./.test(v) ? null : 'must be a compartment OCID'),
  MONITORING_INTERVAL_SEC: (v) => (/^\d+$/.test(v) && Number(v) >= 1 && Number.isSafeInteger(Number(v)) ? null : 'must be a whole number >= 1'),
  MODEL_CACHE_DIR: () => null,
  FEATURE_NAMES: (v) => (/^[^,\s]+(,[^,\s]+)*$/.test(v) ? null : 'must be comma-separated feature names without spaces'),
  DATA_QUALITY_SUITE: (v) => (isJsonObject(v) ? null : 'must be a data-quality suite as one JSON object (docs/data-quality.md)'),
  DATA_QUALITY_MODE: (v) => (v === 'reject' || v === 'flag' ? null : 'must be reject or flag'),
};

function isJsonObject(text: string): boolean {
  try {
    const v: unknown = JSON.parse(text);
    return typeof v === 'object' && v !== null && !Array.isArray(v);
  } catch {
    return false;
  }
}

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
  /** Feature column names (FEATURE_NAMES, comma-separated), logged with the rows. */
  readonly featureNames?: readonly string[];
  /** The data-quality suite (DATA_QUALITY_SUITE, JSON) whose column checks apply to request rows; validated by `functionDataQuality`. */
  readonly dataQualitySuite?: unknown;
  /** DATA_QUALITY_MODE: reject (422, the default) or flag. */
  readonly dataQualityMode: 'reject' | 'flag';
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
  const c: Record<string, string | undefined> = {};
  const problems: string[] = [];
  for (const [key, check] of Object.entries(CHECKS)) {
    const value = env[key];
    if (value === undefined || value === '') {
      if (key === 'MODEL_URI') problems.push(`${key}: ${check('')}`);
      continue;
    }
    const problem = check(value);
    if (problem) problems.push(`${key}: ${problem}`);
    c[key] = value;
  }
  if (c.DATA_QUALITY_SUITE !== undefined && c.FEATURE_NAMES === undefined) problems.push("DATA_QUALITY_SUITE: needs FEATURE_NAMES (the model's input columns, which the suite's columns are matched to)");
  if (problems.length) throw new Error(`readFunctionConfig: invalid function configuration: ${problems.join('; ')}`);
  const int = (key: string) => (c[key] === undefined ? undefined : Number(c[key]));
  return {
    modelUri: c.MODEL_URI!,
    modelSha256: c.MODEL_SHA256,
    modelName: c.MODEL_NAME,
    modelVersion: c.MODEL_VERSION,
    maxBatch: int('MAX_BATCH') ?? 1000,
    maxBodyBytes: int('MAX_BODY_BYTES') ?? 1048576,
    logFeatures: c.LOG_FEATURES === undefined ? true : c.LOG_FEATURES === 'true' || c.LOG_FEATURES === '1',
    pathPrefix: c.PATH_PREFIX ?? '',
    logId: c.LOG_ID,
    logTarget: (c.LOG_TARGET as 'stdout' | 'none' | undefined) ?? 'stdout',
    monitoringCompartmentId: c.MONITORING_COMPARTMENT_ID,
    monitoringIntervalSec: int('MONITORING_INTERVAL_SEC') ?? 60,
    cacheDir: c.MODEL_CACHE_DIR ?? '/tmp/model-cache',
    featureNames: c.FEATURE_NAMES?.split(','),
    dataQualitySuite: c.DATA_QUALITY_SUITE === undefined ? undefined : (JSON.parse(c.DATA_QUALITY_SUITE) as unknown),
    dataQualityMode: (c.DATA_QUALITY_MODE as 'reject' | 'flag' | undefined) ?? 'reject',
  };
}
