import { createHash, generateKeyPairSync, verify } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { type AddressInfo } from 'node:net';
import { join } from 'node:path';
import * as common from 'oci-common';

/** One request the test server received, after its signature was checked. */
export interface RecordedRequest {
  readonly method: string;
  /** Path and query, as sent (`/20180401/metrics?...`). */
  readonly url: string;
  readonly headers: IncomingMessage['headers'];
  readonly body: Buffer;
  /** Null when the OCI request signature verified; else why it did not. */
  readonly signatureError: string | null;
}

/** What the handler answers: a status, a JSON (or raw) body and extra headers. */
export interface TestResponse {
  readonly status: number;
  readonly json?: unknown;
  readonly body?: Buffer | string;
  readonly headers?: Record<string, string>;
}

export type TestHandler = (req: RecordedRequest) => TestResponse | Promise<TestResponse>;

/**
 * A local stand-in for an OCI service endpoint: it verifies each request's OCI HTTP signature
 * (draft-cavage, rsa-sha256, the header set the SDK signs, and `x-content-sha256` against the body)
 * with the public half of a key pair it generated, records the request, then lets the test answer.
 * Unsigned or badly signed requests get 401 without reaching the handler.
 */
export class OciTestServer {
  readonly requests: RecordedRequest[] = [];
  /** Credentials whose signatures this server accepts; pass to a real SDK client. */
  readonly auth: common.SimpleAuthenticationDetailsProvider;
  private readonly publicKeyPem: string;
  private readonly keyId: string;
  private server?: Server;

  constructor(private handler: TestHandler = () => ({ status: 200, json: {} })) {
    const { publicKey, privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
    this.publicKeyPem = publicKey.export({ type: 'spki', format: 'pem' }).toString();
    const tenancy = 'ocid1.tenancy.oc1..aaaatest';
    const user = 'ocid1.user.oc1..aaaatest';
    const fingerprint = '20:3b:97:13:55:1c:aa:66:43:2b:4e:57:38:1b:4d:aa';
    this.keyId = `${tenancy}/${user}/${fingerprint}`;
    this.auth = new common.SimpleAuthenticationDetailsProvider(
      tenancy, user, fingerprint, privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(), null,
      common.Region.US_ASHBURN_1,
    );
  }

  /**
   * Writes an OCI CLI config file (profile DEFAULT) and its key file into `dir` with this server's
   * credentials, for code that authenticates through `createAuthProvider()` (OCI_CONFIG_FILE).
   * @returns the config file's path
   */
  writeConfigFile(dir: string): string {
    const key = join(dir, 'oci-test-key.pem');
    const config = join(dir, 'oci-test-config');
    writeFileSync(key, this.auth.getPrivateKey());
    writeFileSync(config, [
      '[DEFAULT]', `user=${this.auth.getUser()}`, `fingerprint=${this.auth.getFingerprint()}`, `tenancy=${this.auth.getTenantId()}`,
      'region=us-ashburn-1', `key_file=${key}`, '',
    ].join('\n'));
    return config;
  }

  /** Replaces the handler (say, to fail the next call on purpose). */
  setHandler(handler: TestHandler): void {
    this.handler = handler;
  }

  /** Starts listening on 127.0.0.1 and returns the base URL to set as the client's `endpoint`. */
  async start(): Promise<string> {
    this.server = createServer((req, res) => void this.onRequest(req, res));
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  async stop(): Promise<void> {
    if (!this.server) return;
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server!.close(() => resolve()));
  }

  private async onRequest(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const recorded: RecordedRequest = {
      method: req.method ?? 'GET',
      url: req.url ?? '/',
      headers: req.headers,
      body: Buffer.concat(chunks),
      signatureError: null,
    };
    const signatureError = this.checkSignature(recorded);
    this.requests.push({ ...recorded, signatureError });
    if (signatureError) {
      res.writeHead(401, { 'content-type': 'application/json', 'opc-request-id': 'test' });
      res.end(JSON.stringify({ code: 'NotAuthenticated', message: signatureError }));
      return;
    }
    try {
      const answer = await this.handler({ ...recorded, signatureError });
      const body = answer.json !== undefined ? JSON.stringify(answer.json) : (answer.body ?? '');
      res.writeHead(answer.status, {
        'opc-request-id': `test-${this.requests.length}`,
        ...(answer.json !== undefined ? { 'content-type': 'application/json' } : {}),
        ...answer.headers,
      });
      res.end(body);
    } catch (err) {
      res.writeHead(500, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ code: 'InternalError', message: String(err) }));
    }
  }

  private checkSignature(req: RecordedRequest): string | null {
    const authorization = req.headers.authorization;
    if (!authorization) return 'missing Authorization header';
    const params = Object.fromEntries(
      [...authorization.matchAll(/(\w+)="([^"]*)"/g)].map((m) => [m[1], m[2]] as const),
    );
    if (params.keyId !== this.keyId) return `unknown keyId ${params.keyId}`;
    if (params.algorithm !== 'rsa-sha256') return `unexpected algorithm ${params.algorithm}`;
    const signed = (params.headers ?? '').toLowerCase().split(' ');
    const required = [signed.includes('x-date') ? 'x-date' : 'date', '(request-target)', 'host'];
    const method = req.method.toLowerCase();
    // The OCI signing spec exempts Object Storage PutObject and UploadPart bodies (streamed, possibly huge).
    const bodyExempt = method === 'put' && /^\/n\/[^/]+\/b\/[^/]+\/(o|u)\//.test(req.url);
    if (['post', 'put', 'patch'].includes(method) && !bodyExempt) required.push('content-length', 'content-type', 'x-content-sha256');
    const missing = required.filter((h) => !signed.includes(h));
    if (missing.length) return `signature does not cover ${missing.join(', ')}`;
    if (signed.includes('x-content-sha256')) {
      const digest = createHash('sha256').update(req.body).digest('base64');
      if (req.headers['x-content-sha256'] !== digest) return 'x-content-sha256 does not match the body';
    }
    const signingString = signed
      .map((h) => (h === '(request-target)' ? `(request-target): ${method} ${req.url}` : `${h}: ${req.headers[h] ?? ''}`))
      .join('\n');
    const ok = verify('sha256', Buffer.from(signingString), this.publicKeyPem, Buffer.from(params.signature ?? '', 'base64'));
    return ok ? null : 'signature does not verify';
  }
}
