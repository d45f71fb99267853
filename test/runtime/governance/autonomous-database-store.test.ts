import { AutonomousDatabaseStore } from '../../../runtime/governance/adapters/autonomous-database-store';
import { storeContract } from './store-contract';

/**
 * The same contract against Autonomous Database, when its connection settings are in the environment
 * (use a dedicated schema: the suite adds models with random names and audit records that stay).
 */
const env = {
  user: process.env.OCI_MLOPS_GOVERNANCE_TEST_ADB_USER,
  password: process.env.OCI_MLOPS_GOVERNANCE_TEST_ADB_PASSWORD,
  connectString: process.env.OCI_MLOPS_GOVERNANCE_TEST_ADB_CONNECT_STRING,
  walletLocation: process.env.OCI_MLOPS_GOVERNANCE_TEST_ADB_WALLET_DIR,
  walletPassword: process.env.OCI_MLOPS_GOVERNANCE_TEST_ADB_WALLET_PASSWORD,
};
const configured = Boolean(env.user && env.password && env.connectString);

if (configured) {
  describe('AutonomousDatabaseStore store contract', () => {
    storeContract(() => AutonomousDatabaseStore.open({ user: env.user!, password: env.password!, connectString: env.connectString!, walletLocation: env.walletLocation, walletPassword: env.walletPassword }));
  });
} else {
  describe('AutonomousDatabaseStore store contract', () => {
    test.skip('SKIPPED: set OCI_MLOPS_GOVERNANCE_TEST_ADB_USER, _PASSWORD and _CONNECT_STRING (optionally _WALLET_DIR, _WALLET_PASSWORD) to run the store contract against Autonomous Database', () => undefined);
  });
}
