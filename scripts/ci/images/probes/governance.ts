import { chmodSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { expectThat, type Probe, safeJson } from './probe';
import { gatewayHeaders, withFunction } from './with-function';

const REPO = join(__dirname, '..', '..', '..', '..');
const GATEWAY = 'ocid1.apigateway.oc1.eu-frankfurt-1.aaaaaaaagateway';

/**
 * The governance function opens its SQLite store (better-sqlite3, native, built in the image's build
 * stage) and registers the example model for an API Gateway request from the trusted gateway.
 */
export const probeGovernance: Probe = async (ctx) => {
  const data = join(ctx.scratch, 'governance');
  mkdirSync(data, { recursive: true });
  chmodSync(data, 0o777);
  const model = parse(readFileSync(join(REPO, 'examples/governance/churn-model.yaml'), 'utf8')) as Record<string, unknown>;
  const registration = { ...model, model_card: { ...(model.model_card as object), risk_tier: 'low' } };
  return withFunction(ctx, {
    OCI_MLOPS_GOVERNANCE_DB: join(data, 'governance.db'), OCI_MLOPS_GOVERNANCE_PATH_PREFIX: '/governance', OCI_MLOPS_GOVERNANCE_GATEWAY_ID: GATEWAY,
  }, async (call, running) => {
    const res = await call({
      ...gatewayHeaders('POST', '/governance/models', { 'X-Governance-Actor': 'alice', 'X-Governance-Groups': 'data-scientists' }),
      'Oci-Subject-Id': GATEWAY, 'Oci-Subject-Type': 'resource',
    }, JSON.stringify(registration));
    const body = safeJson(res.body);
    return [
      expectThat(res.headers['fn-http-status'] === '201', `POST /governance/models answers Fn-Http-Status 201 (got ${String(res.headers['fn-http-status'])}: ${res.body.slice(0, 300)})`, running.output),
      expectThat(body?.model_id === 'churn-classifier-3' && body.state === 'registered', `model churn-classifier-3 is registered (got ${res.body.slice(0, 200)})`, running.output),
    ];
  });
};
