import { randomBytes, randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type AuthenticationDetailsProvider } from 'oci-common';
import { type DatabaseClient } from 'oci-database';
import { type GenerateAutonomousDatabaseWalletDetails } from 'oci-database/lib/model';
import { createAuthProvider } from './auth';
import { ociClientConfiguration, type OciClientOptions } from './client-configuration';
import { extractWalletZip } from './extract-wallet-zip';

/** An unpacked wallet, as oracledb thin mode takes it (`configDir`/`walletLocation` and `walletPassword`). */
export interface AutonomousDatabaseWallet {
  /** Private directory (mode 0700, files 0600) holding ewallet.pem, tnsnames.ora and the other wallet files. */
  readonly walletDir: string;
  /** Password of ewallet.pem: generated for this process, never written anywhere. */
  readonly walletPassword: string;
}

export interface AutonomousDatabaseWalletOptions {
  /** OCID of the Autonomous Database (`ocid1.autonomousdatabase....`). */
  readonly autonomousDatabaseId: string;
  /**
   * The Database service client.
   * @default - a `DatabaseClient` signed with `auth`, retrying 429, 5xx and network errors per `clientOptions`
   */
  readonly client?: Pick<DatabaseClient, 'generateAutonomousDatabaseWallet'>;
  /**
   * Credentials of the default client.
   * @default - `createAuthProvider()`: resource principal in Functions and Data Science jobs, else the config file
   */
  readonly auth?: AuthenticationDetailsProvider;
  /**
   * Database service endpoint of the default client.
   * @default - the region's public endpoint
   */
  readonly endpoint?: string;
  /**
   * Retries of the default client.
   * @default - `ociClientConfiguration()` (4 attempts, backoff up to 8 s)
   */
  readonly clientOptions?: OciClientOptions;
  /**
   * Directory under which the private wallet directory is made.
   * @default - `os.tmpdir()`
   */
  readonly tempRoot?: string;
}

/** Wallets fetched by this process, by database OCID; a failed fetch is forgotten so the next call tries again. */
const wallets = new Map<string, Promise<AutonomousDatabaseWallet>>();
/** Wallet directories to remove when the process exits. */
const walletDirs = new Set<string>();
let cleanupRegistered = false;

/**
 * Fetches an Autonomous Database's instance wallet (`GenerateAutonomousDatabaseWallet`, type SINGLE)
 * for mutual TLS and unpacks it into a private temporary directory, once per database and process:
 * later calls get the same directory and password. The wallet password is freshly generated, kept in
 * memory only, and the directory is removed when the process exits. Throttling (429), server errors and
 * network failures are retried by the client's retry configuration.
 *
 * Needs `read autonomous-databases` (the AUTONOMOUS_DATABASE_CONTENT_READ permission) on that database.
 *
 * @param opts - the database OCID, and optionally the client, credentials, endpoint and retries
 * @returns the wallet directory and password for oracledb thin mode
 * @throws Error naming the database when the OCID is malformed, the service refuses the call after
 *   the retries, or the archive is corrupt or lacks ewallet.pem / tnsnames.ora
 * @example
 * const { walletDir, walletPassword } = await fetchAutonomousDatabaseWallet({ autonomousDatabaseId: process.env.OCI_MLOPS_ADB_ID! });
 * await oracledb.createPool({ user, password, connectString, configDir: walletDir, walletLocation: walletDir, walletPassword });
 */
export async function fetchAutonomousDatabaseWallet(opts: AutonomousDatabaseWalletOptions): Promise<AutonomousDatabaseWallet> {
  const id = opts.autonomousDatabaseId;
  if (typeof id !== 'string' || !/^ocid1\.autonomousdatabase\.[a-z0-9-]+\.[a-z0-9-]*\.[A-Za-z0-9]+$/.test(id)) {
    throw new Error(`fetchAutonomousDatabaseWallet: autonomousDatabaseId must be an Autonomous Database OCID (ocid1.autonomousdatabase.<realm>.<region>.<id>), got ${JSON.stringify(id)}`);
  }
  let wallet = wallets.get(id);
  if (!wallet) {
    wallet = download(opts);
    wallets.set(id, wallet);
    wallet.catch(() => wallets.delete(id));
  }
  return wallet;
}

async function download(opts: AutonomousDatabaseWalletOptions): Promise<AutonomousDatabaseWallet> {
  const id = opts.autonomousDatabaseId;
  const client = opts.client ?? (await defaultClient(opts));
  const walletPassword = newWalletPassword();
  let archive: Buffer;
  try {
    const response = await client.generateAutonomousDatabaseWallet({
      autonomousDatabaseId: id,
      generateAutonomousDatabaseWalletDetails: { password: walletPassword, generateType: 'SINGLE' as GenerateAutonomousDatabaseWalletDetails.GenerateType },
      // The same token on every retry of this call: the service treats them as one request.
      opcRetryToken: randomUUID(),
    });
    archive = await readAll(response.value as unknown as AsyncIterable<Uint8Array>);
  } catch (err) {
    const e = err as { statusCode?: number; serviceCode?: string; message?: string };
    const status = e.statusCode !== undefined ? ` (${e.statusCode}${e.serviceCode ? ` ${e.serviceCode}` : ''})` : '';
    throw new Error(`fetchAutonomousDatabaseWallet: GenerateAutonomousDatabaseWallet for ${id} failed${status}: ${e.message ?? String(err)}; the caller needs read autonomous-databases on it`);
  }
  const walletDir = mkdtempSync(join(opts.tempRoot ?? tmpdir(), 'oci-mlops-wallet-'));
  walletDirs.add(walletDir);
  if (!cleanupRegistered) {
    cleanupRegistered = true;
    process.once('exit', () => walletDirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));
  }
  try {
    extractWalletZip(archive, walletDir);
  } catch (err) {
    rmSync(walletDir, { recursive: true, force: true });
    walletDirs.delete(walletDir);
    throw new Error(`fetchAutonomousDatabaseWallet: the wallet of ${id}: ${(err as Error).message}`);
  }
  return { walletDir, walletPassword };
}

async function defaultClient(opts: AutonomousDatabaseWalletOptions): Promise<Pick<DatabaseClient, 'generateAutonomousDatabaseWallet'>> {
  // Loaded here, not at the top: oci-database takes about 0.3 s to load and only this path needs it.
  const { DatabaseClient: Client } = await import('oci-database');
  const client = new Client({ authenticationDetailsProvider: opts.auth ?? (await createAuthProvider()) }, ociClientConfiguration(opts.clientOptions));
  if (opts.endpoint) client.endpoint = opts.endpoint;
  return client;
}

/**
 * 32 characters of base64url from 24 random bytes, with at least one letter and one digit as the
 * service requires (8+ characters, a letter, and a digit or special character).
 */
function newWalletPassword(): string {
  for (;;) {
    const password = randomBytes(24).toString('base64url');
    if (/[A-Za-z]/.test(password) && /[0-9]/.test(password)) return password;
  }
}

async function readAll(body: AsyncIterable<Uint8Array>): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of body) chunks.push(Buffer.from(chunk));
  return Buffer.concat(chunks);
}
