import { ociStandIn } from './oci-credentials';
import { expectThat, type Probe, safeJson } from './probe';
import { withFunction } from './with-function';

const CONFIG = {
  compartmentId: 'ocid1.compartment.oc1..aaaatest',
  models: { 'churn-v3': { referenceProfile: { bucket: 'profiles', object: 'churn/v3.json', namespace: 'ns' }, window: { maxRecords: 200 } } },
};

/**
 * The monitor validates OCI_MLOPS_MONITOR_CONFIG, creates its Monitoring and Object Storage clients
 * and takes one Connector Hub batch into its window. The window (200 records) stays open, so no OCI
 * call is made: func.ts has no endpoint override to point the clients at a stand-in.
 */
export const probeMonitor: Probe = async (ctx) => {
  const { server, env } = await ociStandIn(ctx.scratch);
  const record = { model_id: 'churn-v3', features: { age: 41, plan: 'basic' }, prediction: 1, confidence: 0.9 };
  const batch = [{ stream: 'prediction-log', partition: '0', key: null, offset: 0, timestamp: new Date().toISOString(), value: Buffer.from(JSON.stringify(record)).toString('base64') }];
  try {
    return await withFunction(ctx, { ...env, OCI_MLOPS_MONITOR_CONFIG: JSON.stringify(CONFIG) }, async (call, running) => {
      const res = await call({ 'Content-Type': 'application/json', 'Fn-Intent': 'cloudevent' }, JSON.stringify(batch));
      // func.ts returns JSON.stringify(result) and the FDK JSON-encodes a string result again: the summary arrives as a JSON string.
      const outer = safeJson(res.body) ?? (JSON.parse(res.body) as unknown);
      const body = typeof outer === 'string' ? safeJson(outer) : (outer as Record<string, unknown> | undefined);
      return [
        expectThat(res.status === 200, `the batch answers 200 (got ${res.status}: ${res.body.slice(0, 300)})`, running.output),
        expectThat(body?.records === 1 && body.windowsEvaluated === 0, `the record is taken into the open window (answer ${typeof outer === 'string' ? 'a JSON string holding the summary: encoded twice' : 'a JSON object'}: ${res.body.slice(0, 200)})`, running.output),
      ];
    });
  } finally {
    await server.stop();
  }
};
