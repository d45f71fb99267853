import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { strToU8, zipSync } from 'fflate';
import { extractWalletZip } from '../../../runtime/oci/extract-wallet-zip';
import { tempDir } from '../../support/temp-dir';

const WALLET = { 'ewallet.pem': '-----BEGIN ENCRYPTED PRIVATE KEY-----\n', 'tnsnames.ora': 'mydb_tp = (description=...)\n', 'sqlnet.ora': 'WALLET_LOCATION = ...\n' };
const zipOf = (files: Record<string, string>) => zipSync(Object.fromEntries(Object.entries(files).map(([k, v]) => [k, strToU8(v)])));

describe('extractWalletZip', () => {
  test('writes every wallet file with mode 0600 and returns their names sorted', () => {
    const dir = tempDir();
    expect(extractWalletZip(zipOf(WALLET), dir)).toEqual(['ewallet.pem', 'sqlnet.ora', 'tnsnames.ora']);
    expect(readdirSync(dir).sort()).toEqual(['ewallet.pem', 'sqlnet.ora', 'tnsnames.ora']);
    expect(readFileSync(join(dir, 'tnsnames.ora'), 'utf8')).toBe(WALLET['tnsnames.ora']);
    expect(statSync(join(dir, 'ewallet.pem')).mode & 0o777).toBe(0o600);
  });

  test('fails on bytes that are not a zip archive, saying so', () => {
    expect(() => extractWalletZip(Buffer.from('<html>502 Bad Gateway</html>'), tempDir())).toThrow(/extractWalletZip: the wallet archive \(28 bytes\) is not a readable zip archive/);
  });

  test('fails on a truncated archive', () => {
    const zip = zipOf(WALLET);
    expect(() => extractWalletZip(zip.subarray(0, zip.length - 30), tempDir())).toThrow(/is not a readable zip archive/);
  });

  test('fails when a file oracledb thin mode needs is missing, naming it and what the archive holds', () => {
    expect(() => extractWalletZip(zipOf({ 'ewallet.pem': 'k', 'cwallet.sso': 's' }), tempDir()))
      .toThrow(/lacks tnsnames\.ora \(oracledb thin mode needs ewallet\.pem and tnsnames\.ora\); it holds \[cwallet\.sso, ewallet\.pem\]/);
  });

  test('fails on an entry with a path instead of writing outside the directory', () => {
    const dir = tempDir();
    expect(() => extractWalletZip(zipOf({ ...WALLET, '../escape.txt': 'x' }), dir)).toThrow(/holds "\.\.\/escape\.txt"; only plain file names/);
    expect(readdirSync(dir)).toEqual([]);
  });

  test('fails rather than overwrite a file already in the directory', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'tnsnames.ora'), 'mine');
    expect(() => extractWalletZip(zipOf(WALLET), dir)).toThrow(/cannot write tnsnames\.ora into .*EEXIST/);
    expect(readFileSync(join(dir, 'tnsnames.ora'), 'utf8')).toBe('mine');
  });
});
