import * as common from 'oci-common';

/** How a runtime component authenticates to OCI. */
export type OciAuthMode = 'auto' | 'resource_principal' | 'instance_principal' | 'config_file';

export interface OciAuthOptions {
  /**
   * `auto` picks resource principals when the Functions/OKE environment provides them
   * (`OCI_RESOURCE_PRINCIPAL_VERSION` is set), else the local config file.
   * @default 'auto'
   */
  readonly mode?: OciAuthMode;
  /**
   * Config file for `config_file` mode.
   * @default - `OCI_CONFIG_FILE`, else `~/.oci/config`
   */
  readonly configFile?: string;
  /**
   * Profile inside the config file.
   * @default - `OCI_CLI_PROFILE`, else `DEFAULT`
   */
  readonly profile?: string;
}

/**
 * Creates the authentication provider for the environment the code runs in: resource principal in
 * Functions and OKE workloads, instance principal on compute, the config file on a laptop.
 *
 * @throws Error naming the mode when its credentials are not available.
 */
export async function createAuthProvider(opts: OciAuthOptions = {}): Promise<common.AuthenticationDetailsProvider> {
  const mode = opts.mode ?? 'auto';
  const resolved = mode === 'auto' ? (process.env.OCI_RESOURCE_PRINCIPAL_VERSION ? 'resource_principal' : 'config_file') : mode;
  try {
    switch (resolved) {
      case 'resource_principal':
        return common.ResourcePrincipalAuthenticationDetailsProvider.builder();
      case 'instance_principal':
        return await new common.InstancePrincipalsAuthenticationDetailsProviderBuilder().build();
      case 'config_file':
        return new common.ConfigFileAuthenticationDetailsProvider(
          opts.configFile ?? process.env.OCI_CONFIG_FILE,
          opts.profile ?? process.env.OCI_CLI_PROFILE ?? 'DEFAULT',
        );
    }
  } catch (err) {
    throw new Error(`createAuthProvider: OCI credentials for mode "${resolved}" are not available: ${(err as Error).message ?? String(err)}`);
  }
}

/**
 * A credentials getter that calls `get` (by default `createAuthProvider()`) on first use and shares
 * its answer after: a process that never calls OCI never needs credentials, and one that makes
 * several calls creates the provider once.
 *
 * @param get - where the provider comes from
 * @returns the memoized getter
 * @example
 * const getAuth = lazyAuthProvider();
 * const client = new SecretsClient({ authenticationDetailsProvider: await getAuth() });
 */
export function lazyAuthProvider(
  get: () => Promise<common.AuthenticationDetailsProvider> = () => createAuthProvider(),
): () => Promise<common.AuthenticationDetailsProvider> {
  let auth: Promise<common.AuthenticationDetailsProvider> | undefined;
  return () => (auth ??= get());
}
