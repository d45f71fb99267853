import { ociStandIn } from './oci-credentials';
import { expectThat, type Probe } from './probe';
import { gatewayHeaders, withFunction } from './with-function';

const DEPLOYMENT = 'ocid1.datasciencemodeldeployment.oc1.eu-frankfurt-1.amaaaaaaq6l4zrw7mbnvyh3ktj5pf2xudc4gsoe2njbm7hka3wzti5rq';

/** The predict proxy forwards one API Gateway request, signed, to a model deployment stand-in and relays its answer. */
export const probePredictProxy: Probe = async (ctx) => {
  const { server, endpoint, env } = await ociStandIn(ctx.scratch);
  server.setHandler(() => ({ status: 200, body: '{"prediction":["fraud"]}', headers: { 'content-type': 'application/json' } }));
  try {
    return await withFunction(ctx, { ...env, MODEL_DEPLOYMENT_URL: `${endpoint}/${DEPLOYMENT}` }, async (call, running) => {
      const res = await call(gatewayHeaders('POST', '/fraud-detection/models/fraud-explainer/predict'), '{"data":[[1250.0,3,0,1,0.82]]}');
      const sent = server.requests[0];
      return [
        expectThat(res.headers['fn-http-status'] === '200' && res.body === '{"prediction":["fraud"]}', `the deployment's answer is relayed with Fn-Http-Status 200 (got ${String(res.headers['fn-http-status'])}: ${res.body.slice(0, 300)})`, running.output),
        expectThat(server.requests.length === 1 && sent?.url === `/${DEPLOYMENT}/predict` && sent.signatureError === null, `one signed POST /<deployment>/predict (got ${server.requests.map((r) => `${r.method} ${r.url} ${r.signatureError ?? 'signed'}`).join(', ')})`, running.output),
      ];
    });
  } finally {
    await server.stop();
  }
};
