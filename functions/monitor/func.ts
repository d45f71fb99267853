import { createAuthProvider } from '../../runtime/oci/auth';
import { functionMemoryDimensions } from '../../runtime/oci/function-memory-dimensions';
import { type DriftMonitor } from '../../runtime/monitor/drift-monitor';
import { createMonitor } from './create-monitor';

interface Fdk {
  handle(fn: (input: unknown) => Promise<string>, options?: { inputMode?: 'string' | 'buffer' | 'json' }): void;
}
// eslint-disable-next-line @typescript-eslint/no-require-imports
const fdk = require('@fnproject/fdk') as Fdk;

let monitor: Promise<DriftMonitor> | undefined;

/** One monitor per container: windows, buffered datapoints and cached profiles outlive an invocation. */
function getMonitor(): Promise<DriftMonitor> {
  monitor ??= createAuthProvider().then((auth) =>
    createMonitor({ configJson: process.env.OCI_MLOPS_MONITOR_CONFIG, auth, log: (m) => console.error(m), functionMemoryDimensions: functionMemoryDimensions(process.env) }),
  );
  monitor.catch(() => {
    monitor = undefined;
  });
  return monitor;
}

fdk.handle(async (input) => JSON.stringify(await (await getMonitor()).handleBatch(input)), { inputMode: 'string' });
