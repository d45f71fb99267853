import { recordedSteps } from '../../../../test/runtime/canary/recorded';
import { ociStandIn } from './oci-credentials';
import { expectThat, type Probe, safeJson } from './probe';
import { withFunction } from './with-function';

/**
 * The canary gate reads a recorded canary step's metrics from a signed-request-checking Monitoring
 * stand-in and answers the DevOps stage's direct invocation with the recorded decision.
 */
export const probeCanaryGate: Probe = async (ctx) => {
  const step = recordedSteps()[0]!;
  const { server, endpoint, env } = await ociStandIn(ctx.scratch);
  server.setHandler((req) => {
    const { query } = JSON.parse(req.body.toString()) as { query: string };
    const v = query.includes('"8"') || query.includes('"fraud:8"') ? step.canary : step.stable;
    const key = query.startsWith('prediction_requests') ? 'requests' : query.startsWith('prediction_errors') ? 'errors' : query.startsWith('prediction_latency_ms') ? 'latency' : 'drift';
    return { status: 200, json: v[key] };
  });
  try {
    return await withFunction(ctx, {
      ...env, OCI_MLOPS_MONITORING_ENDPOINT: endpoint, OCI_MLOPS_CANARY_COMPARTMENT_ID: 'ocid1.compartment.oc1..aaaacanary',
      OCI_MLOPS_CANARY_THRESHOLDS: JSON.stringify(step.thresholds),
    }, async (call, running) => {
      const body = { modelName: 'fraud', step: '10%', canary: { version: '8', modelId: 'fraud:8' }, stable: { version: '7', modelId: 'fraud:7' }, windowEnd: step.windowEnd };
      const res = await call({ 'Content-Type': 'application/json', 'Fn-Intent': 'cloudevent' }, JSON.stringify(body));
      const expected = step.expected === 'promote' ? 200 : 502;
      const answer = safeJson(res.body);
      const queries = server.requests.filter((r) => r.url.startsWith('/20180401/metrics'));
      const said = step.expected === 'promote' ? answer?.decision === 'promote' : String(answer?.detail).includes(`canary gate: ${step.expected}`);
      return [
        expectThat(res.status === expected, `recorded step ${step.name} answers ${expected} (got ${res.status}: ${res.body.slice(0, 300)})`, running.output),
        expectThat(said, `the answer gives the decision ${step.expected}`, running.output),
        expectThat(queries.length === 8 && server.requests.every((r) => r.signatureError === null), `8 signed SummarizeMetricsData calls (got ${queries.length}, signature errors: ${server.requests.filter((r) => r.signatureError).length})`, running.output),
      ];
    });
  } finally {
    await server.stop();
  }
};
