import { FunctionsInvokeClient, FunctionsManagementClient } from 'oci-functions';
import { MonitoringClient } from 'oci-monitoring';
import { fetchCanaryWindow } from '../../runtime/canary/adapters/fetch-canary-window';
import { findGovernanceFunction } from '../../runtime/canary/adapters/find-governance-function';
import { type CanaryEvidence, recordCanaryDecision, type RecordedEvidence } from '../../runtime/canary/adapters/record-canary-decision';
import { type CanaryThresholds, CanaryThresholdsSchema } from '../../runtime/canary/canary-thresholds-schema';
import { createAuthProvider } from '../../runtime/oci/auth';
import { ociClientConfiguration } from '../../runtime/oci/client-configuration';
import { createCanaryGateHandler } from './handler';

interface Fdk {
  handle(fn: (input: unknown) => Promise<unknown>, options?: { inputMode?: 'string' | 'buffer' | 'json' }): () => void;
}
// eslint-disable-next-line @typescript-eslint/no-require-imports
const fdk = require('@fnproject/fdk') as Fdk;

/**
 * Entry of the canary-gate function. Configuration (set on the function by the deploy construct):
 * - OCI_MLOPS_CANARY_THRESHOLDS: JSON of the team file's canary thresholds (used when the
 *   invocation body has none)
 * - OCI_MLOPS_CANARY_COMPARTMENT_ID: compartment of the custom metrics (idem)
 * - OCI_MLOPS_MONITORING_ENDPOINT: optional telemetry endpoint override (tests, private endpoints)
 * - OCI_MLOPS_CANARY_GOVERNANCE_APPLICATION_ID and OCI_MLOPS_CANARY_GOVERNANCE_FUNCTION_NAME: where
 *   the governance function is, to record each decision in its audit trail (unset: not recorded)
 * - OCI_MLOPS_CANARY_REQUIRE_GOVERNANCE_RECORD: `true` fails the stage when a decision is not recorded
 * - OCI_MLOPS_FUNCTIONS_ENDPOINT: optional Functions management endpoint override (tests)
 */
let client: Promise<MonitoringClient> | undefined;
function monitoring(): Promise<MonitoringClient> {
  client ??= createAuthProvider().then((auth) => {
    const c = new MonitoringClient({ authenticationDetailsProvider: auth }, ociClientConfiguration({ maxAttempts: 3, maxDelaySec: 2 }));
    if (process.env.OCI_MLOPS_MONITORING_ENDPOINT) c.endpoint = process.env.OCI_MLOPS_MONITORING_ENDPOINT;
    return c;
  });
  client.catch(() => {
    client = undefined;
  });
  return client;
}

const rawThresholds = process.env.OCI_MLOPS_CANARY_THRESHOLDS;
function parseThresholds(raw: string): CanaryThresholds {
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch (err) {
    throw new Error(`OCI_MLOPS_CANARY_THRESHOLDS is not JSON: ${(err as Error).message}`);
  }
  const parsed = CanaryThresholdsSchema.safeParse(value);
  if (!parsed.success) throw new Error(`OCI_MLOPS_CANARY_THRESHOLDS: ${parsed.error.issues.map((i) => `${i.path.join('.') || '(value)'}: ${i.message}`).join('; ')}`);
  return parsed.data;
}

// A bad configuration stops the container at start with the message in the function's log.
const defaultThresholds = rawThresholds ? parseThresholds(rawThresholds) : undefined;

const governanceApp = process.env.OCI_MLOPS_CANARY_GOVERNANCE_APPLICATION_ID;
const governanceName = process.env.OCI_MLOPS_CANARY_GOVERNANCE_FUNCTION_NAME;
const requireRecord = process.env.OCI_MLOPS_CANARY_REQUIRE_GOVERNANCE_RECORD ?? 'false';
if (!['true', 'false'].includes(requireRecord)) throw new Error(`OCI_MLOPS_CANARY_REQUIRE_GOVERNANCE_RECORD must be true or false, got ${JSON.stringify(requireRecord)}`);
if (Boolean(governanceApp) !== Boolean(governanceName)) {
  throw new Error('OCI_MLOPS_CANARY_GOVERNANCE_APPLICATION_ID and OCI_MLOPS_CANARY_GOVERNANCE_FUNCTION_NAME must be set together');
}

/** The governance function's invoke client, found once per container (again after a failure). */
let governance: Promise<{ client: FunctionsInvokeClient; functionId: string }> | undefined;
function governanceInvoker(): Promise<{ client: FunctionsInvokeClient; functionId: string }> {
  governance ??= createAuthProvider().then(async (auth) => {
    // One attempt each: a slow governance function must not hold the pipeline stage.
    const config = ociClientConfiguration({ maxAttempts: 1 });
    const management = new FunctionsManagementClient({ authenticationDetailsProvider: auth }, config);
    if (process.env.OCI_MLOPS_FUNCTIONS_ENDPOINT) management.endpoint = process.env.OCI_MLOPS_FUNCTIONS_ENDPOINT;
    const target = await findGovernanceFunction(management, { applicationId: governanceApp!, displayName: governanceName! });
    const client = new FunctionsInvokeClient({ authenticationDetailsProvider: auth }, config);
    client.endpoint = target.invokeEndpoint;
    return { client, functionId: target.functionId };
  });
  governance.catch(() => {
    governance = undefined;
  });
  return governance;
}
const recordDecision = governanceApp
  ? async (evidence: CanaryEvidence): Promise<RecordedEvidence> => {
    const { client, functionId } = await governanceInvoker();
    return recordCanaryDecision(client, functionId, evidence);
  }
  : undefined;

/** Stops the FDK's listener (tests; the Fn platform stops the container instead). */
export const stopCanaryGate = fdk.handle(
  createCanaryGateHandler({
    fetchWindow: async (q) => fetchCanaryWindow(await monitoring(), q),
    log: (line) => process.stdout.write(`${line}\n`),
    now: () => new Date(),
    defaultCompartmentId: process.env.OCI_MLOPS_CANARY_COMPARTMENT_ID,
    defaultThresholds,
    recordDecision,
    requireGovernanceRecord: requireRecord === 'true',
  }),
  { inputMode: 'json' },
);
