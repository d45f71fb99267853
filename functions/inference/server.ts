/**
 * The OKE entry of the inference image: the same configuration keys as the function (see func.ts),
 * plus PORT (default 8080), served over HTTP with /health, /ready, /metrics and graceful shutdown on
 * SIGTERM (Kubernetes sends it before killing the pod; in-flight requests finish first).
 */
import { basename } from 'node:path';
import { createTelemetry } from '../../runtime/inference/adapters/create-telemetry';
import { openModel } from '../../runtime/inference/adapters/open-model';
import { createInferenceRouter } from '../../runtime/inference/create-inference-router';
import { ModelSlot } from '../../runtime/inference/model-slot';
import { createInferenceServer } from '../../runtime/inference/server/create-inference-server';
import { functionDataQuality } from './function-data-quality';
import { readFunctionConfig } from './read-function-config';

async function main(): Promise<void> {
  const config = readFunctionConfig(process.env);
  const name = config.modelName ?? basename(config.modelUri).replace(/\.onnx$/i, '');
  const slot = new ModelSlot(name);
  const router = createInferenceRouter({ slot, maxBatch: config.maxBatch, maxBodyBytes: config.maxBodyBytes, logFeatures: config.logFeatures, featureNames: config.featureNames, dataQuality: functionDataQuality(config), observe: (e) => telemetry.observe(e) });
  const telemetry = await createTelemetry(slot, {
    log: config.logId ? { logId: config.logId } : config.logTarget,
    monitoringCompartmentId: config.monitoringCompartmentId,
    monitoringIntervalSec: config.monitoringIntervalSec,
  }, () => router.observerFailures);
  const server = createInferenceServer({ router, slot, telemetry });
  const port = await server.listen(Number(process.env.PORT ?? 8080), '0.0.0.0');
  const state = await slot.load(() => openModel({ model: config.modelUri, name, sha256: config.modelSha256, version: config.modelVersion, cacheDir: config.cacheDir }));
  process.stderr.write(state.status === 'ready' ? `inference: ${name} ready on :${port}\n` : `inference: model NOT ready on :${port}: ${state.status === 'failed' ? state.reason : state.status}\n`);
  process.once('SIGTERM', () => void server.close().then(() => process.exit(0)));
}

main().catch((err: unknown) => {
  process.stderr.write(`inference: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(1);
});
