import { MonitoringClient } from 'oci-monitoring';
import { fetchCanaryWindow } from '../../runtime/canary/adapters/fetch-canary-window';
import { type CanaryThresholds, CanaryThresholdsSchema } from '../../runtime/canary/canary-thresholds-schema';
import { createAuthProvider, ociClientConfiguration } from '../../runtime/oci';
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

/** Stops the FDK's listener (tests; the Fn platform stops the container instead). */
export const stopCanaryGate = fdk.handle(
  createCanaryGateHandler({
    fetchWindow: async (q) => fetchCanaryWindow(await monitoring(), q),
    log: (line) => process.stdout.write(`${line}\n`),
    now: () => new Date(),
    defaultCompartmentId: process.env.OCI_MLOPS_CANARY_COMPARTMENT_ID,
    defaultThresholds,
  }),
  { inputMode: 'json' },
);
