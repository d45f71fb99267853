import { createServer, type Server } from 'node:http';
import { type AddressInfo } from 'node:net';
import { handleGovernanceRequest, type GovernanceHttpDeps } from './handle-governance-request';

/** Requests larger than this are refused with 413 before they are parsed. */
const MAX_BODY_BYTES = 1024 * 1024;

/**
 * Serves the governance API over plain HTTP (what `oci-mlops governance serve` runs): the same handler
 * as the OCI Function, with identity taken from the same headers. Meant for a laptop or a private
 * network: put it behind an authenticating proxy that sets `X-Governance-Actor`/`X-Governance-Groups`.
 *
 * @returns the server and its base URL once listening.
 */
export async function serveGovernance(deps: GovernanceHttpDeps, opts: { port?: number; host?: string } = {}): Promise<{ server: Server; url: string }> {
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size <= MAX_BODY_BYTES) chunks.push(c);
    });
    req.on('end', () => {
      if (size > MAX_BODY_BYTES) {
        res.writeHead(413, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ error: { code: 'payload_too_large', message: `request body is ${size} bytes; at most ${MAX_BODY_BYTES} are accepted`, details: {} } }));
        return;
      }
      void handleGovernanceRequest(deps, { method: req.method ?? 'GET', url: req.url ?? '/', headers: req.headers, body: Buffer.concat(chunks).toString('utf8') }).then((answer) => {
        res.writeHead(answer.status, answer.headers);
        res.end(answer.body);
      });
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port ?? 8080, opts.host ?? '127.0.0.1', () => resolve());
  });
  const address = server.address() as AddressInfo;
  return { server, url: `http://${address.address.includes(':') ? `[${address.address}]` : address.address}:${address.port}` };
}
