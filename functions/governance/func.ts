import { type GovernanceHttpDeps } from '../../runtime/governance/http/handle-governance-request';
import { anchorAuditHead } from '../../runtime/governance/adapters/audit-anchor';
import { governanceConfigFromEnv, openGovernance } from '../../runtime/governance/adapters/open-governance';
import { type FnInvocationTrust } from '../../runtime/governance/http/classify-fn-invocation';
import { SERVICE_ACTIONS } from '../../runtime/governance/http/handle-service-invocation';
import { createFnHandler, type FnContext } from './handler';

interface Fdk {
  handle(fn: (input: unknown, ctx: FnContext) => Promise<unknown>, options?: { inputMode?: 'string' | 'buffer' | 'json' }): void;
  /** Writes the body as is; a plain string result would be JSON-encoded again for JSON content types. */
  rawResult(body: string): unknown;
}
// eslint-disable-next-line @typescript-eslint/no-require-imports
const fdk = require('@fnproject/fdk') as Fdk;

let deps: Promise<GovernanceHttpDeps> | undefined;

/** Opens the store and wires the service once per container (configuration from the function's env). */
function getDeps(): Promise<GovernanceHttpDeps> {
  deps ??= openGovernance(governanceConfigFromEnv(process.env)).then((rt) => {
    // Deliveries left pending by a container that was frozen or stopped go out with the next start.
    void rt.worker.drain().catch((err: Error) => console.error(`governance: draining pending deliveries failed: ${err.message}`));
    const where = rt.config.anchor;
    const anchor = where ? async () => anchorAuditHead(await rt.objectStorage(), rt.store, where) : undefined;
    return { service: rt.service, worker: rt.worker, anchor, log: (m: string) => console.error(m) };
  });
  deps.catch(() => {
    deps = undefined;
  });
  return deps;
}

/**
 * Who may invoke the function: the API gateway (OCI_MLOPS_GOVERNANCE_GATEWAY_ID) and the direct
 * service callers (OCI_MLOPS_GOVERNANCE_SERVICE_CALLERS, JSON `{"<subject OCID>": "<service>"}`).
 * A malformed value stops the container at start with the message in the function's log.
 */
function trustFromEnv(env: NodeJS.ProcessEnv): FnInvocationTrust {
  const raw = env.OCI_MLOPS_GOVERNANCE_SERVICE_CALLERS;
  let serviceCallers: Record<string, string> = {};
  if (raw) {
    const parsed = JSON.parse(raw) as unknown;
    const ok = typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed)
      && Object.entries(parsed).every(([k, v]) => /^ocid1\.[a-z0-9]+\./.test(k) && Object.hasOwn(SERVICE_ACTIONS, v as string));
    if (!ok) throw new Error(`OCI_MLOPS_GOVERNANCE_SERVICE_CALLERS must be a JSON object of subject OCID to one of ${Object.keys(SERVICE_ACTIONS).join(', ')}, got ${raw}`);
    serviceCallers = parsed as Record<string, string>;
  }
  return { gatewayId: env.OCI_MLOPS_GOVERNANCE_GATEWAY_ID || undefined, serviceCallers };
}

const handler = createFnHandler(getDeps, process.env.OCI_MLOPS_GOVERNANCE_PATH_PREFIX ?? '', trustFromEnv(process.env));
fdk.handle(async (input, ctx) => fdk.rawResult(await handler(input, ctx)), { inputMode: 'string' });
