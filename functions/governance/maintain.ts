import { governanceConfigFromEnv, openGovernance } from '../../runtime/governance/adapters/open-governance';
import { MAINTENANCE_EXIT, runGovernanceMaintenance } from '../../runtime/governance/adapters/run-governance-maintenance';

/**
 * Entry of the scheduled governance maintenance job (a Data Science job running the governance image
 * with the command `node functions/governance/maintain.js`, see lib/governance/governance-maintenance.ts).
 * Configuration is the function's (`OCI_MLOPS_GOVERNANCE_*`) plus OCI_MLOPS_GOVERNANCE_OBJECTSTORAGE_ENDPOINT
 * (optional override). Prints one JSON line and exits with its code (docs/governance.md, "Maintenance").
 */
async function main(): Promise<number> {
  let rt;
  try {
    const config = governanceConfigFromEnv(process.env);
    const objectStorage = process.env.OCI_MLOPS_GOVERNANCE_OBJECTSTORAGE_ENDPOINT || undefined;
    rt = await openGovernance(objectStorage ? { ...config, endpoints: { ...config.endpoints, objectStorage } } : config);
  } catch (err) {
    process.stdout.write(`${JSON.stringify({ event: 'governance_maintenance', ok: false, exit_code: MAINTENANCE_EXIT.notConfigured, error: (err as Error).message })}\n`);
    return MAINTENANCE_EXIT.notConfigured;
  }
  try {
    const summary = await runGovernanceMaintenance(rt, { requireAnchor: true });
    process.stdout.write(`${JSON.stringify(summary)}\n`);
    return summary.exit_code;
  } finally {
    await rt.close();
  }
}

main().then((code) => {
  process.exitCode = code;
}, (err: Error) => {
  process.stdout.write(`${JSON.stringify({ event: 'governance_maintenance', ok: false, exit_code: MAINTENANCE_EXIT.stepFailed, error: err.message })}\n`);
  process.exitCode = MAINTENANCE_EXIT.stepFailed;
});
