import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createFnHandler } from '../../../functions/inference/handler';
import { type InferenceRouter } from '../../../runtime/inference/create-inference-router';

/** An answer as a client sees it: HTTP status (the `Fn-Http-Status` for the function), headers, body. */
export interface Answer { status: number; body: string; headers: Record<string, string | string[] | undefined>; bytes: Buffer }

/**
 * Runs the real Fn FDK (`@fnproject/fdk`, http-stream) in this process on a unix socket, as the Fn
 * server would start it, and calls it the way the Fn server does for an API Gateway request.
 */
export async function startFdk(router: InferenceRouter, pathPrefix = ''): Promise<{ call: (method: string, path: string, body: Buffer | string, gatewayHeaders?: Record<string, string>) => Promise<Answer>; stop: () => void }> {
  const dir = mkdtempSync(join(tmpdir(), 'fdk-'));
  const socket = join(dir, 'fn.sock');
  process.env.FN_FORMAT = 'http-stream';
  process.env.FN_LISTENER = `unix:${socket}`;
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const fdk = require('@fnproject/fdk') as { handle: (fn: unknown, o: unknown) => () => void; rawResult: (b: string) => unknown };
  const stop = fdk.handle(createFnHandler(router, { pathPrefix, rawResult: fdk.rawResult as never }), { inputMode: 'buffer' });
  for (let i = 0; i < 200 && !existsSync(socket); i++) await new Promise((r) => setTimeout(r, 10));
  // Headers the API Gateway received reach the function as Fn-Http-H-<name>.
  const call = (method: string, path: string, body: Buffer | string, gatewayHeaders: Record<string, string> = {}) => new Promise<Answer>((resolve, reject) => {
    const forwarded = Object.fromEntries(Object.entries(gatewayHeaders).map(([k, v]) => [`Fn-Http-H-${k}`, v]));
    const req = request({
      socketPath: socket, method: 'POST', path: '/call',
      headers: { 'Fn-Http-Method': method, 'Fn-Http-Request-Url': path, 'Fn-Call-Id': 'call-1', 'Content-Type': 'application/json', 'Fn-Intent': 'httprequest', ...forwarded },
    }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: Number(res.headers['fn-http-status'] ?? res.statusCode), headers: res.headers, body: Buffer.concat(chunks).toString(), bytes: Buffer.concat(chunks) }));
    });
    req.on('error', reject);
    req.end(body);
  });
  return { call, stop: () => { stop(); rmSync(dir, { recursive: true, force: true }); } };
}

/** One HTTP request on loopback with keep-alive off. */
export function httpCall(port: number, method: string, path: string, body: Buffer | string, headers: Record<string, string> = {}): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, method, path, headers: { 'content-type': 'application/json', ...headers }, agent: false }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString(), bytes: Buffer.concat(chunks) }));
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end(body);
  });
}
