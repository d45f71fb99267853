import { type FeatureStores } from '../types';
import { loadOracleDb } from './oracle-client';
import { OracleFeatureRegistry } from './oracle-feature-registry';
import { OracleOfflineStore } from './oracle-offline-store';
import { OracleOnlineStore } from './oracle-online-store';

/** How to reach the Autonomous Database (oracledb thin mode). */
export interface OracleSettings {
  readonly user: string;
  readonly password: string;
  /** A TNS alias from the wallet's tnsnames.ora, or an Easy Connect string / full descriptor (TLS). */
  readonly connectString: string;
  /**
   * Directory of the unzipped ADB wallet, for mTLS (tnsnames.ora, ewallet.pem).
   * @default - no wallet: one-way TLS, allowed when the database does not require mTLS
   */
  readonly walletDir?: string;
  /** Password of ewallet.pem, when the wallet is used. */
  readonly walletPassword?: string;
  /**
   * Connections in the pool.
   * @default 4
   */
  readonly poolMax?: number;
}

/**
 * Reads the settings from OCI_MLOPS_ADB_USER, OCI_MLOPS_ADB_PASSWORD, OCI_MLOPS_ADB_CONNECT_STRING
 * and optionally OCI_MLOPS_ADB_WALLET_DIR / OCI_MLOPS_ADB_WALLET_PASSWORD.
 *
 * @param env the environment (process.env)
 * @returns the settings, or undefined when user, password or connect string is unset
 * @example
 * oracleSettingsFromEnv({}); // undefined
 */
export function oracleSettingsFromEnv(env: Readonly<Record<string, string | undefined>>): OracleSettings | undefined {
  const { OCI_MLOPS_ADB_USER: user, OCI_MLOPS_ADB_PASSWORD: password, OCI_MLOPS_ADB_CONNECT_STRING: connectString } = env;
  if (!user || !password || !connectString) return undefined;
  return { user, password, connectString, walletDir: env.OCI_MLOPS_ADB_WALLET_DIR || undefined, walletPassword: env.OCI_MLOPS_ADB_WALLET_PASSWORD || undefined };
}

/**
 * Opens the Autonomous Database feature store: a connection pool (oracledb thin mode, no Oracle
 * Client libraries) shared by the registry, the offline and the online store, whose tables are
 * created on first use.
 *
 * @param settings credentials, connect string and wallet
 * @returns the three stores and `close()` (closes the pool)
 * @throws Error naming the connect string when the pool or the tables cannot be created
 * @example
 * const stores = await openOracleFeatureStore(oracleSettingsFromEnv(process.env)!);
 * await stores.close();
 */
export async function openOracleFeatureStore(settings: OracleSettings): Promise<FeatureStores & { close(): Promise<void> }> {
  const { createPool, types } = loadOracleDb();
  let pool;
  try {
    pool = await createPool({
      user: settings.user,
      password: settings.password,
      connectString: settings.connectString,
      ...(settings.walletDir ? { configDir: settings.walletDir, walletLocation: settings.walletDir, walletPassword: settings.walletPassword } : {}),
      poolMin: 0,
      poolMax: settings.poolMax ?? 4,
    });
  } catch (err) {
    throw new Error(`openOracleFeatureStore: cannot connect to "${settings.connectString}" as ${settings.user}: ${(err as Error).message}`);
  }
  try {
    const [registry, offline, online] = await Promise.all([OracleFeatureRegistry.create(pool, types), OracleOfflineStore.create(pool, types), OracleOnlineStore.create(pool, types)]);
    const opened = pool;
    return { registry, offline, online, close: () => opened.close(10) };
  } catch (err) {
    await pool.close(0);
    throw new Error(`openOracleFeatureStore: cannot prepare the feature store tables in "${settings.connectString}": ${(err as Error).message}`);
  }
}
