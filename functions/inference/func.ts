/**
 * The OCI Function entry (Fn FDK, http-stream over the unix socket the Fn server gives in
 * FN_LISTENER). Configuration comes from the function's config (environment):
 *
 * - MODEL_URI (required): `oci://<bucket>@<namespace>/<object>` or a path inside the image
 * - MODEL_SHA256: expected digest (required for Object Storage; a local file may have FILE.sha256)
 * - MODEL_NAME (default: the object's file name without .onnx), MODEL_VERSION
 * - MAX_BATCH (1000), MAX_BODY_BYTES (1048576), LOG_FEATURES (true), PATH_PREFIX ('')
 * - LOG_ID: OCI Logging log OCID for prediction records; else LOG_TARGET: stdout (default; Functions logs collect it) or none
 * - MONITORING_COMPARTMENT_ID: post `mlops_inference` custom metrics there; MONITORING_INTERVAL_SEC (60)
 * - MODEL_CACHE_DIR (default /tmp/model-cache)
 */
import { basename } from 'node:path';
import { createTelemetry } from '../../runtime/inference/adapters/create-telemetry';
import { openModel } from '../../runtime/inference/adapters/open-model';
import { createInferenceRouter } from '../../runtime/inference/create-inference-router';
import { ModelSlot } from '../../runtime/inference/model-slot';
import { handle, rawResult } from './fdk';
import { createFnHandler } from './handler';
import { type FunctionConfig, readFunctionConfig } from './read-function-config';

let config: FunctionConfig;
let configError: string | undefined;
try {
  config = readFunctionConfig(process.env);
} catch (err) {
  // A bad configuration must not crash the container in a loop: every call answers 503 with the reason.
  configError = (err as Error).message;
  config = readFunctionConfig({ MODEL_URI: 'unconfigured.onnx' });
}
const name = config.modelName ?? basename(config.modelUri).replace(/\.onnx$/i, '');
const slot = new ModelSlot(name);
const telemetryReady = createTelemetry(slot, {
  log: config.logId ? { logId: config.logId } : config.logTarget,
  monitoringCompartmentId: config.monitoringCompartmentId,
  monitoringIntervalSec: config.monitoringIntervalSec,
  prometheus: false,
});
telemetryReady.catch((err: unknown) => process.stderr.write(`inference: prediction logs and metrics are off: ${(err as Error).message}\n`));
const router = createInferenceRouter({
  slot, maxBatch: config.maxBatch, maxBodyBytes: config.maxBodyBytes, logFeatures: config.logFeatures, featureNames: config.featureNames,
  observe: (e) => void telemetryReady.then((t) => t.observe(e), () => undefined),
});
// Loading starts at container start (cold start); the first invocation waits for it.
const ready = slot.load(async () => {
  if (configError) throw new Error(configError);
  return openModel({ model: config.modelUri, name, sha256: config.modelSha256, version: config.modelVersion, cacheDir: config.cacheDir });
}).then((state) => { if (state.status === 'failed') process.stderr.write(`inference: model not ready: ${state.reason}\n`); });

handle(createFnHandler(router, { pathPrefix: config.pathPrefix, ready, rawResult }), { inputMode: 'buffer' });
