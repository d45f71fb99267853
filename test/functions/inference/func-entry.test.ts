import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const ROOT = join(__dirname, '..', '..', '..');

/** Starts functions/inference/func.ts as the Fn server would (FN_FORMAT, FN_LISTENER) with the given config. */
async function startFunction(env: Record<string, string>): Promise<{ child: ChildProcess; call: (path: string, body: string) => Promise<{ status: number; body: string }>; dir: string }> {
  const dir = mkdtempSync(join(tmpdir(), 'fn-entry-'));
  const socketPath = join(dir, 'fn.sock');
  const child = spawn(process.execPath, ['--import', 'tsx', join(ROOT, 'functions', 'inference', 'func.ts')], {
    cwd: ROOT, env: { PATH: process.env.PATH ?? '', FN_FORMAT: 'http-stream', FN_LISTENER: `unix:${socketPath}`, LOG_TARGET: 'none', ...env }, stdio: ['ignore', 'ignore', 'pipe'],
  });
  for (let i = 0; i < 3000 && !existsSync(socketPath); i++) await new Promise((r) => setTimeout(r, 10));
  const call = (path: string, body: string) => new Promise<{ status: number; body: string }>((resolve, reject) => {
    const req = request({ socketPath, method: 'POST', path: '/call', headers: { 'Fn-Http-Method': 'POST', 'Fn-Http-Request-Url': path } }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: Number(res.headers['fn-http-status']), body: Buffer.concat(chunks).toString() }));
    });
    req.on('error', reject);
    req.end(body);
  });
  return { child, call, dir };
}

function stop(fn: { child: ChildProcess; dir: string }): Promise<void> {
  return new Promise((resolve) => {
    fn.child.once('exit', () => { rmSync(fn.dir, { recursive: true, force: true }); resolve(); });
    fn.child.kill('SIGTERM');
  });
}

describe('the function entry (functions/inference/func.ts) as Fn starts it', () => {
  test('loads the configured model and answers predictions over its unix socket', async () => {
    const fn = await startFunction({ MODEL_URI: join(ROOT, 'models', 'iris-classifier.onnx') });
    try {
      const res = await fn.call('/predict', '{"features":[6.7,3.0,5.2,2.3]}');
      expect(res.status).toBe(200);
      expect(JSON.parse(res.body)).toMatchObject({ prediction: ['virginica'], model_name: 'iris-classifier' });
    } finally {
      await stop(fn);
    }
  });

  test('fails every call with 503 and the reason when its configuration is invalid, without crashing', async () => {
    const fn = await startFunction({ MODEL_URI: join(ROOT, 'models', 'iris-classifier.onnx'), MAX_BATCH: 'many' });
    try {
      const res = await fn.call('/predict', '{"features":[6.7,3.0,5.2,2.3]}');
      expect(res.status).toBe(503);
      expect(JSON.parse(res.body).error).toMatchObject({ code: 'model_not_ready', message: expect.stringMatching(/MAX_BATCH: must be a whole number/) });
      expect(fn.child.exitCode).toBeNull();
    } finally {
      await stop(fn);
    }
  });
});
