import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { type AddressInfo } from 'node:net';
import { type Telemetry } from '../adapters/create-telemetry';
import { type InferenceRouter } from '../create-inference-router';
import { InferenceError } from '../inference-error';
import { type ModelSlot } from '../model-slot';

export interface InferenceServerOptions {
  readonly router: InferenceRouter;
  readonly slot: ModelSlot;
  /** Prometheus `/metrics`, and the sinks flushed on shutdown. @default - no `/metrics` */
  readonly telemetry?: Telemetry;
  /** Longest wait for in-flight requests on shutdown before connections are cut, ms. @default 25000 */
  readonly drainTimeoutMs?: number;
}

/** A running HTTP server. */
export interface InferenceServer {
  readonly server: Server;
  /** Starts listening; resolves with the bound port (0 picks a free one). */
  listen(port: number, host?: string): Promise<number>;
  /**
   * Graceful shutdown: stops accepting connections, answers `/ready` 503, lets in-flight requests
   * finish (closing keep-alive connections after their current answer), flushes logs and metrics,
   * and releases the model.
   */
  close(): Promise<void>;
  /** Requests being handled now. */
  readonly inFlight: number;
}

function send(res: ServerResponse, status: number, body: string | Buffer, headers: Readonly<Record<string, string>>): void {
  res.writeHead(status, { ...headers, 'content-length': Buffer.byteLength(body) });
  res.end(body);
}

/**
 * The HTTP shell of the inference runtime, for OKE and local use: reads each body (refusing more
 * than `maxBodyBytes` with 413 without buffering it), hands the request to the router, serves
 * Prometheus `/metrics`, and shuts down gracefully.
 *
 * @param options router, model slot, telemetry, drain timeout
 * @returns the server, not yet listening
 * @example
 * const srv = createInferenceServer({ router, slot, telemetry });
 * const port = await srv.listen(8080);
 * process.once('SIGTERM', () => void srv.close());
 */
export function createInferenceServer(options: InferenceServerOptions): InferenceServer {
  const { router, telemetry } = options;
  const maxBody = router.limits.maxBodyBytes;
  let inFlight = 0;
  let closing = false;
  let drained: (() => void) | undefined;

  const tooLarge = (size: string) =>
    JSON.stringify(new InferenceError(413, 'payload_too_large', `request body is ${size}; the limit is ${maxBody}`, [{ path: '', message: `at most ${maxBody} bytes` }]).toBody());
  const done = () => {
    inFlight--;
    if (closing && inFlight === 0) drained?.();
  };

  async function onRequest(req: IncomingMessage, res: ServerResponse): Promise<void> {
    inFlight++;
    res.once('close', done);
    if (closing) res.setHeader('connection', 'close');
    const url = req.url ?? '/';
    const q = url.indexOf('?');
    const path = q >= 0 ? url.slice(0, q) : url;
    const method = req.method ?? 'GET';
    const requestId = (req.headers['x-request-id'] ?? req.headers['opc-request-id']) as string | undefined;
    try {
      if (path === '/metrics' && telemetry?.prometheus && (method === 'GET' || method === 'HEAD')) {
        send(res, 200, await telemetry.prometheus.text(), { 'content-type': telemetry.prometheus.contentType });
        return;
      }
      if (closing && (path === '/ready' || path === '/v2/health/ready')) {
        const e = new InferenceError(503, 'shutting_down', 'the server is shutting down', [{ path: '', message: 'shutting down' }]);
        send(res, 503, JSON.stringify(e.toBody()), { 'content-type': 'application/json' });
        return;
      }
      const declared = Number(req.headers['content-length'] ?? 0);
      if (declared > maxBody) {
        res.setHeader('connection', 'close');
        res.once('finish', () => req.destroy());
        send(res, 413, tooLarge(`${declared} bytes`), { 'content-type': 'application/json' });
        return;
      }
      const chunks: Buffer[] = [];
      let size = 0;
      const complete = await new Promise<boolean>((resolve, reject) => {
        req.on('data', (chunk: Buffer) => {
          size += chunk.length;
          if (size <= maxBody) chunks.push(chunk);
          else resolve(false);
        });
        req.once('end', () => resolve(true));
        req.once('error', reject);
      });
      if (!complete) {
        // Answer the documented 413 without buffering the rest, then drop the connection.
        res.setHeader('connection', 'close');
        res.once('finish', () => req.destroy());
        send(res, 413, tooLarge(`more than ${maxBody} bytes`), { 'content-type': 'application/json' });
        return;
      }
      const answer = await router.handle({
        method, path, body: chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks), requestId,
        inferenceHeaderContentLength: req.headers['inference-header-content-length'] as string | undefined,
      });
      send(res, answer.status, answer.body, answer.headers);
    } catch (err) {
      // Reading the request failed (client went away): nothing useful to answer, never crash.
      if (!res.headersSent && !res.destroyed) {
        const e = new InferenceError(400, 'bad_request', `the request could not be read: ${(err as Error).message}`, []);
        send(res, 400, JSON.stringify(e.toBody()), { 'content-type': 'application/json' });
      }
    }
  }

  const server = createServer({ keepAliveTimeout: 5000 }, (req, res) => void onRequest(req, res));
  server.on('clientError', (_err, socket) => {
    if (socket.writable) socket.end('HTTP/1.1 400 Bad Request\r\ncontent-type: application/json\r\nconnection: close\r\n\r\n{"error":{"code":"bad_request","message":"malformed HTTP request","details":[]}}');
    else socket.destroy();
  });

  return {
    server,
    get inFlight() { return inFlight; },
    listen(port, host = '0.0.0.0') {
      return new Promise((resolve, reject) => {
        server.once('error', reject);
        server.listen(port, host, () => { server.off('error', reject); resolve((server.address() as AddressInfo).port); });
      });
    },
    async close() {
      if (closing) return;
      closing = true;
      const stopped = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeIdleConnections();
      if (inFlight > 0) {
        await new Promise<void>((resolve) => {
          drained = resolve;
          setTimeout(resolve, options.drainTimeoutMs ?? 25000).unref();
        });
      }
      server.closeAllConnections();
      await stopped;
      await telemetry?.close();
      const s = options.slot.state;
      if (s.status === 'ready') await s.model.release();
    },
  };
}
