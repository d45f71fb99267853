import { type AuthenticationDetailsProvider } from 'oci-common';
import { lazyAuthProvider } from './auth';
import { fetchAutonomousDatabaseWallet } from './autonomous-database-wallet';
import { ociClientConfiguration, type OciClientOptions } from './client-configuration';
import { readVaultSecret } from './read-vault-secret';

/** Where a runtime finds its database password and wallet; each pair is "given" or "fetched". */
export interface DatabaseCredentialSources {
  /** The password itself (local runs, tests). */
  readonly password?: string;
  /** Vault secret holding the password, read when `password` is not given. */
  readonly passwordSecretId?: string;
  /** An unpacked wallet directory (mTLS). */
  readonly walletDir?: string;
  /** Password of the given wallet's ewallet.pem. */
  readonly walletPassword?: string;
  /** Autonomous Database whose wallet is fetched when `walletDir` is not given. */
  readonly autonomousDatabaseId?: string;
}

/** A password, and a wallet when mTLS is used. */
export interface DatabaseCredentials {
  readonly password: string;
  readonly walletDir?: string;
  readonly walletPassword?: string;
}

export interface ResolveDatabaseCredentialsOptions {
  /**
   * Credentials for the Vault and Database calls, asked for only when a call is needed.
   * @default - `createAuthProvider()`
   */
  readonly getAuth?: () => Promise<AuthenticationDetailsProvider>;
  /**
   * Endpoint overrides (tests, private endpoints).
   * @default - the region's public endpoints
   */
  readonly endpoints?: { readonly secrets?: string; readonly database?: string };
  /**
   * Retries of the Vault and Database clients.
   * @default - `ociClientConfiguration()` (4 attempts)
   */
  readonly clientOptions?: OciClientOptions;
}

/**
 * Puts together what a database connection needs: the password (given, or read from its Vault secret
 * with `GetSecretBundle`) and, for mutual TLS, a wallet (a given directory, or fetched with
 * `GenerateAutonomousDatabaseWallet` into a private temporary directory, once per process). The two
 * calls run side by side.
 *
 * @param sources - the given values and the OCIDs to fetch the others from
 * @param opts - credentials, endpoints and retries of the OCI calls
 * @returns the password and the wallet (none when neither `walletDir` nor `autonomousDatabaseId` is set)
 * @throws Error when neither a password nor a secret is given, or a Vault or Database call fails after its retries
 * @example
 * const { password, walletDir, walletPassword } = await resolveDatabaseCredentials({
 *   passwordSecretId: 'ocid1.vaultsecret.oc1..aaaa', autonomousDatabaseId: 'ocid1.autonomousdatabase.oc1.eu-frankfurt-1.aaaa',
 * });
 */
export async function resolveDatabaseCredentials(sources: DatabaseCredentialSources, opts: ResolveDatabaseCredentialsOptions = {}): Promise<DatabaseCredentials> {
  if (!sources.password && !sources.passwordSecretId) {
    throw new Error('resolveDatabaseCredentials: the database needs a password or the OCID of the Vault secret holding it; got neither');
  }
  const getAuth = lazyAuthProvider(opts.getAuth);

  const password = sources.password
    ? Promise.resolve(sources.password)
    : (async () => {
        // Loaded on use: processes given a password never pay for the Secrets client.
        const { SecretsClient } = await import('oci-secrets');
        const client = new SecretsClient({ authenticationDetailsProvider: await getAuth() }, ociClientConfiguration(opts.clientOptions));
        if (opts.endpoints?.secrets) client.endpoint = opts.endpoints.secrets;
        return readVaultSecret(client, sources.passwordSecretId!);
      })();
  const wallet = sources.walletDir
    ? Promise.resolve({ walletDir: sources.walletDir, walletPassword: sources.walletPassword })
    : sources.autonomousDatabaseId
      ? (async () => fetchAutonomousDatabaseWallet({
          autonomousDatabaseId: sources.autonomousDatabaseId!, auth: await getAuth(), endpoint: opts.endpoints?.database, clientOptions: opts.clientOptions,
        }))()
      : Promise.resolve(undefined);
  const [resolvedPassword, resolvedWallet] = await Promise.all([password, wallet]);
  return { password: resolvedPassword, ...resolvedWallet };
}
