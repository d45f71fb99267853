/**
 * The OCI Function entry (Fn FDK, http-stream over the unix socket the Fn server gives in
 * FN_LISTENER). Configuration comes from the function's config (environment):
 *
 * - MODEL_URI (required): `oci://<bucket>@<namespace>/<object>` or a path inside the image
 * - MODEL_SHA256: expected digest (required for Object Storage; a local file may have FILE.sha256)
 * - MODEL_NAME (default: the object's file name without .onnx), MODEL_VERSION
 * - MAX_BATCH (1000), MAX_BODY_BYTES (1048576), LOG_FEATURES (true), PATH_PREFIX ('')
 * - LOG_ID: OCI Logging log OCID for prediction records; else LOG_TARGET: stdout (default; Functions logs collect it) or none
 * - MONITORING_COMPARTMENT_ID: post `mlops_inference` custom metrics there; MONITORING_INTERVAL_SEC (60);
 *   with it, the function's peak memory too (`FunctionMemoryUsedMb`, named by FN_FN_NAME and FN_FN_ID)
 * - MODEL_CACHE_DIR (default /tmp/model-cache)
 * - FEATURE_NAMES: the model's input columns; DATA_QUALITY_SUITE: a data-quality suite as JSON whose
 *   column checks apply to every request row; DATA_QUALITY_MODE: reject (422, default) or flag
 */
import { basename } from 'node:path';
import { createTelemetry } from '../../runtime/inference/adapters/create-telemetry';
import { openModel } from '../../runtime/inference/adapters/open-model';
import { createInferenceRouter } from '../../runtime/inference/create-inference-router';
import { ModelSlot } from '../../runtime/inference/model-slot';
import { functionMemoryDimensions } from '../../runtime/oci/function-memory-dimensions';
import { handle, rawResult } from './fdk';
import { createFnHandler } from './handler';
import { type FunctionConfig, readFunctionConfig } from './read-function-config';
import { type RowValidator } from '../../runtime/data-quality/compile-row-validator';
import type * as FunctionDataQuality from './function-data-quality';

let config: FunctionConfig;
let configError: string | undefined;
try {
  config = readFunctionConfig(process.env);
} catch (err) {
  // A bad configuration must not crash the container in a loop: every call answers 503 with the reason.
  configError = (err as Error).message;
  config = readFunctionConfig({ MODEL_URI: 'unconfigured.onnx' });
}
let dataQuality: { validator: RowValidator; mode: 'reject' | 'flag' } | undefined;
try {
  // zod and the suite schema load only when a suite is configured.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  if (config.dataQualitySuite !== undefined) dataQuality = (require('./function-data-quality') as typeof FunctionDataQuality).functionDataQuality(config);
} catch (err) {
  configError = (err as Error).message;
}
const name = config.modelName ?? basename(config.modelUri).replace(/\.onnx$/i, '');
const slot = new ModelSlot(name);
const telemetryReady = createTelemetry(slot, {
  log: config.logId ? { logId: config.logId } : config.logTarget,
  monitoringCompartmentId: config.monitoringCompartmentId,
  monitoringIntervalSec: config.monitoringIntervalSec,
  functionMemoryDimensions: functionMemoryDimensions(process.env),
  prometheus: false,
});
telemetryReady.catch((err: unknown) => process.stderr.write(`inference: prediction logs and metrics are off: ${(err as Error).message}\n`));
const router = createInferenceRouter({
  slot, maxBatch: config.maxBatch, maxBodyBytes: config.maxBodyBytes, logFeatures: config.logFeatures, featureNames: config.featureNames, dataQuality,
  observe: (e) => void telemetryReady.then((t) => t.observe(e), () => undefined),
});
// Loading starts at container start (cold start); the first invocation waits for it.
const ready = slot.load(async () => {
  if (configError) throw new Error(configError);
  return openModel({ model: config.modelUri, name, sha256: config.modelSha256, version: config.modelVersion, cacheDir: config.cacheDir });
}).then((state) => { if (state.status === 'failed') process.stderr.write(`inference: model not ready: ${state.reason}\n`); });

handle(createFnHandler(router, { pathPrefix: config.pathPrefix, ready, rawResult }), { inputMode: 'buffer' });
