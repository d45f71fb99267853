import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { unzipSync } from 'fflate';

/** Files oracledb thin mode needs from an Autonomous Database wallet: the encrypted PEM key store and the TNS aliases. */
export const THIN_MODE_WALLET_FILES = ['ewallet.pem', 'tnsnames.ora'] as const;

/** A wallet file name: one path segment of letters, digits, `.`, `_` and `-` (what OCI puts in the archive). */
const FILE_NAME = /^[A-Za-z0-9_][A-Za-z0-9._-]*$/;

/**
 * Unpacks an Autonomous Database wallet archive (the zip `GenerateAutonomousDatabaseWallet` returns)
 * into `dir`, each file readable by its owner only (mode 0600). The wallet's files sit at the root of
 * the archive; an entry with a path (`../x`, `a/b`, absolute) is refused rather than written outside
 * `dir`, and the archive must hold what thin mode reads (ewallet.pem, tnsnames.ora).
 *
 * @param zip - the archive's bytes
 * @param dir - an existing private directory (mode 0700); files already in it are not overwritten
 * @returns the names of the files written, sorted
 * @throws Error when the bytes are not a readable zip archive, an entry name is not a plain file name,
 *   a required file is missing, or a file cannot be written (naming the file)
 * @example
 * const dir = mkdtempSync(join(tmpdir(), 'wallet-'));
 * extractWalletZip(readFileSync('Wallet_mydb.zip'), dir); // ['README', 'cwallet.sso', 'ewallet.p12', 'ewallet.pem', ...]
 */
export function extractWalletZip(zip: Uint8Array, dir: string): string[] {
  let entries: Record<string, Uint8Array>;
  try {
    entries = unzipSync(zip);
  } catch (err) {
    throw new Error(`extractWalletZip: the wallet archive (${zip.byteLength} bytes) is not a readable zip archive: ${(err as Error).message}`);
  }
  const files = Object.keys(entries).filter((name) => !name.endsWith('/')).sort();
  const unsafe = files.find((name) => !FILE_NAME.test(name));
  if (unsafe !== undefined) {
    throw new Error(`extractWalletZip: the wallet archive holds ${JSON.stringify(unsafe)}; only plain file names (letters, digits, ".", "_", "-") at its root are allowed`);
  }
  const missing = THIN_MODE_WALLET_FILES.filter((name) => !files.includes(name));
  if (missing.length > 0) {
    throw new Error(`extractWalletZip: the wallet archive lacks ${missing.join(' and ')} (oracledb thin mode needs ${THIN_MODE_WALLET_FILES.join(' and ')}); it holds [${files.join(', ')}]`);
  }
  for (const name of files) {
    try {
      writeFileSync(join(dir, name), entries[name]!, { mode: 0o600, flag: 'wx' });
    } catch (err) {
      throw new Error(`extractWalletZip: cannot write ${name} into ${dir}: ${(err as Error).message}`);
    }
  }
  return files;
}
