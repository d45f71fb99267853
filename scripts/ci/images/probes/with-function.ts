import { join } from 'node:path';
import { callFn, type FnAnswer, type RunningImage, socketDir, startImage, waitForSocket } from '../start-image';
import { type ProbeContext } from './probe';

/**
 * Starts a function image as the Fn agent does (FN_FORMAT=http-stream, FN_LISTENER=unix:<iofs>/lsnr.sock,
 * plus the function's config in `env`), waits for its socket, runs `use`, then stops it.
 */
export async function withFunction<T>(
  ctx: ProbeContext,
  env: Record<string, string>,
  use: (call: (headers: Record<string, string>, body: string) => Promise<FnAnswer>, running: RunningImage) => Promise<T>,
): Promise<T> {
  const socket = join(socketDir(ctx.scratch), 'lsnr.sock');
  const running = startImage(ctx.image, { FN_FORMAT: 'http-stream', FN_LISTENER: `unix:${socket}`, ...env }, ctx.scratch);
  try {
    await waitForSocket(socket, running);
    return await use((headers, body) => callFn(socket, headers, body), running);
  } finally {
    await running.stop();
  }
}

/** Headers the Fn agent adds for an API Gateway request (`Fn-Http-H-<name>` carries the client's headers). */
export function gatewayHeaders(method: string, url: string, clientHeaders: Record<string, string> = {}): Record<string, string> {
  return {
    'Fn-Intent': 'httprequest', 'Fn-Http-Method': method, 'Fn-Http-Request-Url': url, 'Content-Type': 'application/json',
    ...Object.fromEntries(Object.entries({ 'Content-Type': 'application/json', ...clientHeaders }).map(([k, v]) => [`Fn-Http-H-${k}`, v])),
  };
}
