import { strToU8, zipSync } from 'fflate';
import { type TestHandler } from './oci-test-server';

/**
 * An Autonomous Database wallet whose tnsnames.ora maps `alias` to a closed port on 127.0.0.1: a
 * connection attempt that fails with "NJS-503: connection to host 127.0.0.1 port 9" shows that
 * oracledb resolved the alias from this wallet's directory.
 */
export function closedPortWallet(alias: string): Buffer {
  return Buffer.from(zipSync({
    'ewallet.pem': strToU8('-----BEGIN ENCRYPTED PRIVATE KEY-----\n'),
    'tnsnames.ora': strToU8(`${alias} = (description=(retry_count=0)(address=(protocol=tcp)(host=127.0.0.1)(port=9))(connect_data=(service_name=${alias})))\n`),
  }));
}

/** An OciTestServer handler standing in for Vault secrets (GetSecretBundle answers `password`) and GenerateAutonomousDatabaseWallet (answers `wallet`). */
export function vaultAndDatabaseHandler(wallet: Buffer, password = 'pw'): TestHandler {
  return (req) => {
    if (req.url.startsWith('/20190301/secretbundles/')) {
      return { status: 200, json: { secretId: 's', versionNumber: 1, secretBundleContent: { contentType: 'BASE64', content: Buffer.from(password).toString('base64') } } };
    }
    if (req.url.endsWith('/actions/generateWallet')) return { status: 200, body: wallet, headers: { 'content-type': 'application/octet-stream' } };
    return { status: 404, json: { code: 'NotFound', message: req.url } };
  };
}
