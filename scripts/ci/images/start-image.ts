import { type ChildProcess, spawn } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync } from 'node:fs';
import { request } from 'node:http';
import { join } from 'node:path';
import { type AssembledImage, inRoot } from './assemble-image';

/** The image's process, started as its ENTRYPOINT/CMD. */
export interface RunningImage {
  readonly child: ChildProcess;
  /** Everything it wrote so far, stdout and stderr interleaved. */
  output(): string;
  readonly exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  /** SIGTERM, then waits for the exit. */
  stop(): Promise<void>;
}

/**
 * Starts the image's ENTRYPOINT/CMD as the container would: working directory WORKDIR, environment
 * the image's ENV plus `env` (what the platform adds: function config, FN_LISTENER), as the image's
 * USER when this process is root. Absolute arguments that exist in the image (`/job/main.js`) are
 * mapped into its root; `node` is this machine's Node.js. HOME is an empty folder, so nothing of
 * this machine's OCI or npm configuration is seen.
 *
 * @param image - the assembled image
 * @param env - variables the platform sets
 * @param scratch - a folder for HOME
 */
export function startImage(image: AssembledImage, env: Record<string, string>, scratch: string): RunningImage {
  const home = mkdtempSync(join(scratch, 'home-'));
  chmodSync(home, 0o777);
  const [program, ...args] = image.argv.map((a) => (a.startsWith('/') && existsSync(inRoot(image.root, a)) ? inRoot(image.root, a) : a)) as [string, ...string[]];
  const asUser = process.getuid?.() === 0 && image.uid !== undefined ? { uid: image.uid, gid: image.uid } : {};
  const child = spawn(program, args, {
    cwd: inRoot(image.root, image.workdir),
    env: { PATH: [join(process.execPath, '..'), '/usr/local/bin', '/usr/bin', '/bin'].join(':'), HOME: home, ...image.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
    ...asUser,
  });
  let out = '';
  child.stdout!.on('data', (d: Buffer) => (out += d.toString()));
  child.stderr!.on('data', (d: Buffer) => (out += d.toString()));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => {
    child.on('close', (code, signal) => resolve({ code, signal }));
    child.on('error', (err) => {
      out += `spawn failed: ${err.message}\n`;
      resolve({ code: null, signal: null });
    });
  });
  return {
    child,
    output: () => out,
    exited,
    stop: async () => {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
      await exited;
    },
  };
}

/** A folder the image's user can create its socket in (Fn mounts one at /tmp/iofs). */
export function socketDir(scratch: string): string {
  const dir = join(scratch, 'iofs');
  mkdirSync(dir, { recursive: true });
  chmodSync(dir, 0o777);
  return dir;
}

/** Waits for the FDK's socket; fails with the process's output when it exits first or `timeoutMs` passes. */
export async function waitForSocket(socket: string, running: RunningImage, timeoutMs = 30_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (!existsSync(socket)) {
    if (running.child.exitCode !== null || running.child.signalCode !== null) throw new Error(`the process exited (${running.child.exitCode ?? running.child.signalCode}) before listening on ${socket}:\n${running.output()}`);
    if (Date.now() > until) throw new Error(`no listener on ${socket} after ${timeoutMs} ms:\n${running.output()}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** An answer from the function container. */
export interface FnAnswer {
  readonly status: number;
  readonly headers: Record<string, string | string[] | undefined>;
  readonly body: string;
}

/**
 * One invocation the way the Fn agent makes it: `POST /call` over the unix socket in FN_LISTENER,
 * with Fn-Call-Id, Fn-Deadline and, for an API Gateway request, Fn-Intent `httprequest` and the
 * Fn-Http-* headers (see @fnproject/fdk's handleHTTPStream).
 */
export function callFn(socket: string, headers: Record<string, string>, body: string): Promise<FnAnswer> {
  return new Promise((resolve, reject) => {
    const req = request({
      socketPath: socket, method: 'POST', path: '/call',
      headers: { 'Fn-Call-Id': 'images-check-1', 'Fn-Deadline': new Date(Date.now() + 60_000).toISOString(), ...headers },
    }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString() }));
    });
    req.setTimeout(60_000, () => req.destroy(new Error('callFn: no answer within 60 s')));
    req.on('error', reject);
    req.end(body);
  });
}
