/**
 * `npm run bench:inference`: the inference runtime's figures, medians of several runs, printed as a
 * Markdown table (and as JSON with `--json`).
 *
 * 1. In-process single-row latency: the router's `handle` (JSON body in, JSON answer out, Prometheus
 *    observer on) against a bare `session.run` on the same model, p50/p99.
 *    The same with a data-quality suite's row checks on (reject mode; min and max on every feature,
 *    all holding): the added p50 and CPU per request, and the compiled validator alone per row.
 * 2. 1000-row batch throughput: `handle` against bare `session.run`, rows/s: the design's JSON
 *    `/predict` (the goal's figure), and the same rows as an Open Inference Protocol V2 binary tensor
 *    request with binary outputs.
 * 3. The HTTP server (`oci-mlops serve`, a child process) on loopback under autocannon: single-row
 *    requests with keep-alive, requests/s and p99.
 * 4. The Fn FDK path (functions/inference, a child process) over its unix socket: p50/p99.
 * 5. Cold start: process start to first answered prediction (compiled JavaScript, sample model).
 * 6. The design's approach: a Python function loading a joblib scikit-learn model per request
 *    (scripts/bench/inference_joblib_reference.py, Debian's scikit-learn), and the ratio.
 *
 * Options: --runs N (default 5), --quick (fewer iterations), --json.
 */
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { Agent, request } from 'node:http';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';
import * as ort from 'onnxruntime-node';
import { compileRowValidator } from '../../runtime/data-quality/compile-row-validator';
import { DataQualitySuiteSchema } from '../../runtime/data-quality/suite-schema';
import { createPrometheusMetrics } from '../../runtime/inference/adapters/prometheus-metrics';
import { createInferenceRouter } from '../../runtime/inference/create-inference-router';
import { ModelSession } from '../../runtime/inference/model-session';
import { ModelSlot } from '../../runtime/inference/model-slot';
import { prepareOnnxModel } from '../../runtime/inference/prepare-onnx-model';

const ROOT = join(__dirname, '..', '..');
const MODEL = join(ROOT, 'models', 'iris-classifier.onnx');
const args = process.argv.slice(2);
const RUNS = Number(args[args.indexOf('--runs') + 1] ?? 5) || 5;
const QUICK = args.includes('--quick');
const SINGLE = [5.1, 3.5, 1.4, 0.2];
const BODY = Buffer.from(JSON.stringify({ features: SINGLE }));

const median = (xs: number[]) => { const s = [...xs].sort((a, b) => a - b); const m = s.length >> 1; return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2; };
const pct = (xs: number[], p: number) => { const s = [...xs].sort((a, b) => a - b); return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))]!; };
const fmt = (x: number, digits = 1) => x.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });
const log = (s: string) => process.stderr.write(`${s}\n`);

/** CPU µs per call of the last `timeLoop` (user + system of this process: load-independent, includes ONNX Runtime's threads). */
let lastCpuPerCall = 0;

async function timeLoop(n: number, fn: () => Promise<unknown>): Promise<number[]> {
  const out = new Array<number>(n);
  const c0 = process.cpuUsage();
  for (let i = 0; i < n; i++) {
    const t0 = process.hrtime.bigint();
    await fn();
    out[i] = Number(process.hrtime.bigint() - t0) / 1000;
  }
  const c = process.cpuUsage(c0);
  lastCpuPerCall = (c.user + c.system) / n;
  return out;
}

async function inProcess() {
  const bytes = readFileSync(MODEL);
  const sha = readFileSync(`${MODEL}.sha256`, 'utf8').split(/\s+/)[0]!;
  const slot = new ModelSlot('iris-classifier');
  await slot.load(() => ModelSession.load(bytes, { name: 'iris-classifier', expectedSha256: sha, source: MODEL }));
  const model = slot.require();
  const prom = createPrometheusMetrics(slot);
  const router = createInferenceRouter({ slot, observe: prom.observe });
  // The bare baseline is the model as onnxruntime-node users run it: ZipMap removed (node cannot fetch
  // maps), labels fetched as the model's strings. The handler's own session emits class indices
  // instead (ModelSession rewrites string labels at load); it is timed too, for context.
  const session = await ort.InferenceSession.create(prepareOnnxModel(bytes).servingBytes, { intraOpNumThreads: 1, interOpNumThreads: 1, graphOptimizationLevel: 'all' });
  const indexedSession = model.session;
  const input = model.signature.input.name;
  const one = () => session.run({ [input]: new ort.Tensor('float32', Float32Array.from(SINGLE), [1, 4]) });
  const handle = () => router.handle({ method: 'POST', path: '/predict', body: BODY });
  const features = ['sepal_length', 'sepal_width', 'petal_length', 'petal_width'];
  const suite = DataQualitySuiteSchema.parse({ name: 'iris', columns: Object.fromEntries(features.map((f) => [f, { type: 'number', notNull: true, min: 0, max: 10 }])) });
  const validator = compileRowValidator(suite, features);
  const routerDq = createInferenceRouter({ slot, observe: prom.observe, featureNames: features, dataQuality: { validator, mode: 'reject' } });
  const handleDq = () => routerDq.handle({ method: 'POST', path: '/predict', body: BODY });
  if ((await handleDq()).status !== 200) throw new Error('bench: the data-quality router refused a valid row');
  const batchRows = Array.from({ length: 1000 }, (_, i) => [4.3 + (i % 36) / 10, 2 + (i % 24) / 10, 1 + (i % 59) / 10, 0.1 + (i % 25) / 10]);
  const batchBody = Buffer.from(JSON.stringify({ features: batchRows }));
  const batchData = Float32Array.from(batchRows.flat());
  const bareBatch = () => session.run({ [input]: new ort.Tensor('float32', batchData.slice(), [1000, 4]) });
  const indexedBatch = () => indexedSession.run({ [input]: new ort.Tensor('float32', batchData.slice(), [1000, 4]) });
  const handleBatch = () => router.handle({ method: 'POST', path: '/predict', body: batchBody });
  const check = JSON.parse(String((await handleBatch()).body)) as { prediction: unknown[] };
  if (check.prediction.length !== 1000) throw new Error('bench: batch answer has the wrong length');
  // The same rows as an Open Inference Protocol V2 binary tensor request, outputs answered as binary data.
  const binHeader = Buffer.from(JSON.stringify({ inputs: [{ name: input, shape: [1000, 4], datatype: 'FP32', parameters: { binary_data_size: batchData.byteLength } }], parameters: { binary_data_output: true } }));
  const binBody = Buffer.concat([binHeader, Buffer.from(batchData.buffer, batchData.byteOffset, batchData.byteLength)]);
  const handleBinary = () => router.handle({ method: 'POST', path: '/v2/models/iris-classifier/infer', body: binBody, inferenceHeaderContentLength: String(binHeader.length) });
  const binCheck = await handleBinary();
  if (binCheck.status !== 200 || !Buffer.isBuffer(binCheck.body)) throw new Error(`bench: binary batch answered ${binCheck.status}`);

  const n = QUICK ? 3000 : 20000;
  const nb = QUICK ? 100 : 500;
  const r = { dqP50: [] as number[], dqCpu: [] as number[], dqOverP50: [] as number[], validatorNs: [] as number[], bareCpu: [] as number[], handleCpu: [] as number[], bareP50: [] as number[], bareP99: [] as number[], handleP50: [] as number[], handleP99: [] as number[], bareRows: [] as number[], handleRows: [] as number[], binaryRows: [] as number[], binaryRatio: [] as number[], indexedRows: [] as number[] };
  await timeLoop(2000, one); await timeLoop(2000, handle); await timeLoop(50, bareBatch); await timeLoop(50, indexedBatch); await timeLoop(50, handleBatch); await timeLoop(50, handleBinary);
  for (let run = 0; run < RUNS; run++) {
    // Interleave so drift in machine load hits both sides alike.
    const bare = await timeLoop(n, one);
    r.bareCpu.push(lastCpuPerCall);
    const h = await timeLoop(n, handle);
    r.handleCpu.push(lastCpuPerCall);
    const hq = await timeLoop(n, handleDq);
    r.dqCpu.push(lastCpuPerCall - r.handleCpu[r.handleCpu.length - 1]!);
    r.dqP50.push(pct(hq, 50)); r.dqOverP50.push(pct(hq, 50) - pct(h, 50));
    r.validatorNs.push(validatorNsPerRow(validator));
    r.bareP50.push(pct(bare, 50)); r.bareP99.push(pct(bare, 99)); r.handleP50.push(pct(h, 50)); r.handleP99.push(pct(h, 99));
    const tb = await timeLoop(nb, bareBatch);
    const th = await timeLoop(nb, handleBatch);
    r.bareRows.push(1000 / (median(tb) / 1e6)); r.handleRows.push(1000 / (median(th) / 1e6));
    // The binary request after its own bare run, so each ratio compares neighbours in time.
    const tb2 = await timeLoop(nb, bareBatch);
    const tx = await timeLoop(nb, handleBinary);
    r.binaryRows.push(1000 / (median(tx) / 1e6)); r.binaryRatio.push(median(tb2) / median(tx));
    r.indexedRows.push(1000 / (median(await timeLoop(nb, indexedBatch)) / 1e6));
    log(`  in-process run ${run + 1}/${RUNS}: bare p50 ${fmt(pct(bare, 50))} µs, handler p50 ${fmt(pct(h, 50))} µs`);
  }
  await Promise.all([model.release(), session.release()]);
  return {
    bareP50: median(r.bareP50), bareP99: median(r.bareP99), handleP50: median(r.handleP50), handleP99: median(r.handleP99),
    overheadP50: median(r.handleP50.map((h, i) => h - r.bareP50[i]!)),
    bareCpu: median(r.bareCpu), handleCpu: median(r.handleCpu),
    bareRows: median(r.bareRows), handleRows: median(r.handleRows), batchRatio: median(r.handleRows.map((h, i) => h / r.bareRows[i]!)),
    binaryRows: median(r.binaryRows), binaryRatio: median(r.binaryRatio), indexedRows: median(r.indexedRows),
    dqP50: median(r.dqP50), dqOverP50: median(r.dqOverP50), dqCpu: median(r.dqCpu), validatorNs: median(r.validatorNs),
  };
}

/** The compiled row validator alone on a single float32 row: ns per call, median of 5 batches of 1e6 calls. */
function validatorNsPerRow(validator: ReturnType<typeof compileRowValidator>): number {
  const row = Float32Array.from(SINGLE);
  const times: number[] = [];
  let sink = 0;
  for (let b = 0; b < 5; b++) {
    const t0 = process.hrtime.bigint();
    for (let i = 0; i < 1e6; i++) sink += validator.count(row, 1);
    times.push(Number(process.hrtime.bigint() - t0) / 1e6);
  }
  if (sink !== 0) throw new Error('bench: the validator found violations in a valid row');
  return median(times);
}

/** Compiles functions/inference (+ runtime) to JavaScript once, for the child processes and cold start. */
function compile(): string {
  const out = join(ROOT, 'node_modules', '.cache', 'oci-mlops-bench');
  const tsc = spawnSync(process.execPath, [join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', join(ROOT, 'functions', 'inference', 'tsconfig.json'), '--outDir', out], { encoding: 'utf8' });
  if (tsc.status !== 0) throw new Error(`bench: tsc failed:\n${tsc.stdout}${tsc.stderr}`);
  return out;
}

const modelEnv = () => ({ ...process.env, MODEL_URI: MODEL, MODEL_NAME: 'iris-classifier', LOG_FEATURES: 'true' });

function post(opts: { port?: number; socketPath?: string; path: string; headers?: Record<string, string>; agent?: Agent }): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', ...opts, method: 'POST', headers: { 'content-type': 'application/json', ...opts.headers } }, (res) => {
      res.resume();
      res.on('end', () => resolve(Number(res.headers['fn-http-status'] ?? res.statusCode)));
    });
    req.on('error', reject);
    req.end(BODY);
  });
}

async function waitFor(fn: () => Promise<number>, timeoutMs = 15000): Promise<void> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    try { if ((await fn()) === 200) return; } catch { /* not up yet */ }
    if (Date.now() > end) throw new Error('bench: the child process did not answer in time');
    await new Promise((r) => setTimeout(r, 2));
  }
}

function stop(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => { child.once('exit', () => resolve()); child.kill('SIGTERM'); });
}

async function httpServer(js: string) {
  const port = 18700 + Math.floor(Math.random() * 200);
  const child = spawn(process.execPath, [join(js, 'functions', 'inference', 'server.js')], {
    env: { ...modelEnv(), PORT: String(port) },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  await waitFor(() => post({ port, path: '/predict' }));
  // Warm-up: JIT and ONNX Runtime's first calls, not measured.
  await autocannon({ url: `http://127.0.0.1:${port}/predict`, method: 'POST', body: BODY.toString(), headers: { 'content-type': 'application/json' }, connections: 32, duration: 2 });
  const rps: number[] = [];
  const p99: number[] = [];
  for (let run = 0; run < Math.min(RUNS, 3); run++) {
    const result = await autocannon({
      url: `http://127.0.0.1:${port}/predict`, method: 'POST', body: BODY.toString(), headers: { 'content-type': 'application/json' },
      connections: 32, pipelining: 1, duration: QUICK ? 3 : 8,
    });
    if (result.non2xx || result.errors) throw new Error(`bench: autocannon saw ${result.non2xx} non-2xx and ${result.errors} errors`);
    rps.push(result.requests.average); p99.push(result.latency.p99);
    log(`  HTTP run ${run + 1}: ${fmt(result.requests.average, 0)} req/s, p99 ${result.latency.p99} ms`);
  }
  await stop(child);
  return { rps: median(rps), p99Ms: median(p99) };
}

/** Calibration: an HTTP server that does nothing, under the same load generator and settings. */
async function emptyServer() {
  const port = 18690;
  const code = `require('http').createServer((q, s) => { q.resume(); q.on('end', () => s.end('{}')); }).listen(${port}, '127.0.0.1')`;
  const child = spawn(process.execPath, ['-e', code], { stdio: 'ignore' });
  await waitFor(() => post({ port, path: '/' }));
  const rps: number[] = [];
  for (let run = 0; run < Math.min(RUNS, 3); run++) {
    const result = await autocannon({ url: `http://127.0.0.1:${port}/`, method: 'POST', body: BODY.toString(), connections: 32, duration: QUICK ? 3 : 8 });
    rps.push(result.requests.average);
  }
  await stop(child);
  return { rps: median(rps) };
}

async function fdkPath(js: string) {
  const dir = mkdtempSync(join(tmpdir(), 'fn-bench-'));
  const socketPath = join(dir, 'fn.sock');
  const child = spawn(process.execPath, [join(js, 'functions', 'inference', 'func.js')], {
    env: { ...modelEnv(), FN_FORMAT: 'http-stream', FN_LISTENER: `unix:${socketPath}` }, stdio: ['ignore', 'ignore', 'inherit'],
  });
  const agent = new Agent({ keepAlive: true, maxSockets: 1 });
  const headers = { 'Fn-Http-Method': 'POST', 'Fn-Http-Request-Url': '/predict', 'Fn-Call-Id': 'bench' };
  const call = () => post({ socketPath, path: '/call', headers, agent });
  while (!existsSync(socketPath)) await new Promise((r) => setTimeout(r, 5));
  await waitFor(call);
  const p50: number[] = [];
  const p99: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    const t = await timeLoop(QUICK ? 1000 : 5000, call);
    p50.push(pct(t, 50)); p99.push(pct(t, 99));
  }
  agent.destroy();
  await stop(child);
  rmSync(dir, { recursive: true, force: true });
  return { p50: median(p50), p99: median(p99) };
}

/** CPU time (user + system, ms) a process has used so far, from /proc (Linux). */
function cpuMs(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100; // utime, stime in clock ticks (USER_HZ = 100)
}

async function coldStart(js: string) {
  const times: number[] = [];
  const cpu: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    const port = 18900 + run;
    const t0 = process.hrtime.bigint();
    const child = spawn(process.execPath, [join(js, 'functions', 'inference', 'server.js')], { env: { ...modelEnv(), PORT: String(port) }, stdio: ['ignore', 'ignore', 'inherit'] });
    await waitFor(() => post({ port, path: '/predict', agent: new Agent({ keepAlive: false }) }));
    times.push(Number(process.hrtime.bigint() - t0) / 1e6);
    cpu.push(cpuMs(child.pid!));
    await stop(child);
  }
  return { ms: median(times), cpuMs: median(cpu) };
}

/** Cold start of the function entry: process start to the first prediction answered over its unix socket. */
async function fnColdStart(js: string) {
  const times: number[] = [];
  const cpu: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    const dir = mkdtempSync(join(tmpdir(), 'fn-cold-'));
    const socketPath = join(dir, 'fn.sock');
    const t0 = process.hrtime.bigint();
    const child = spawn(process.execPath, [join(js, 'functions', 'inference', 'func.js')], {
      env: { ...modelEnv(), FN_FORMAT: 'http-stream', FN_LISTENER: `unix:${socketPath}` }, stdio: ['ignore', 'ignore', 'inherit'],
    });
    await waitFor(() => post({ socketPath, path: '/call', headers: { 'Fn-Http-Method': 'POST', 'Fn-Http-Request-Url': '/predict' }, agent: new Agent({ keepAlive: false }) }));
    times.push(Number(process.hrtime.bigint() - t0) / 1e6);
    cpu.push(cpuMs(child.pid!));
    await stop(child);
    rmSync(dir, { recursive: true, force: true });
  }
  return { ms: median(times), cpuMs: median(cpu) };
}

function pythonReference(): { joblibP50: number; joblibP99: number; memoryP50: number; version: string } | string {
  const probe = spawnSync('/usr/bin/python3', ['-c', 'import sklearn, joblib, numpy'], { stdio: 'ignore' });
  if (probe.error || probe.status !== 0) return '/usr/bin/python3 with scikit-learn, joblib and numpy not found (apt-get install python3-sklearn)';
  const p50: number[] = []; const p99: number[] = []; const m50: number[] = [];
  let version = '';
  for (let run = 0; run < Math.min(RUNS, 3); run++) {
    const r = spawnSync('/usr/bin/python3', [join(__dirname, 'inference_joblib_reference.py'), QUICK ? '200' : '1000'], { encoding: 'utf8' });
    if (r.status !== 0) return `the Python reference failed: ${r.stderr.trim().split('\n').at(-1)}`;
    const j = JSON.parse(r.stdout) as { sklearn_version: string; joblib_per_request: { p50_us: number; p99_us: number }; model_in_memory: { p50_us: number } };
    p50.push(j.joblib_per_request.p50_us); p99.push(j.joblib_per_request.p99_us); m50.push(j.model_in_memory.p50_us); version = j.sklearn_version;
  }
  return { joblibP50: median(p50), joblibP99: median(p99), memoryP50: median(m50), version };
}

async function main(): Promise<void> {
  log(`bench:inference on ${cpus().length} cores (${cpus()[0]?.model ?? 'unknown CPU'}), Node ${process.version}, ${RUNS} runs, medians`);
  const inproc = await inProcess();
  log('compiling functions/inference for the child processes...');
  const js = compile();
  const httpNone = await httpServer(js);
  const empty = await emptyServer();
  const fdk = await fdkPath(js);
  const cold = await coldStart(js);
  const fnCold = await fnColdStart(js);
  const py = pythonReference();
  const rows: [string, string, string][] = [
    ['In-process single row, bare `session.run`', `p50 ${fmt(inproc.bareP50)} µs, p99 ${fmt(inproc.bareP99)} µs`, ''],
    ['In-process single row, handler (`/predict` JSON in → JSON out)', `p50 ${fmt(inproc.handleP50)} µs, p99 ${fmt(inproc.handleP99)} µs`, `overhead p50 ${fmt(inproc.overheadP50)} µs (goal < 15 µs)`],
    ['In-process single row, handler with data-quality row checks (reject; min, max on 4 features)', `p50 ${fmt(inproc.dqP50)} µs`, `added p50 ${fmt(inproc.dqOverP50, 2)} µs, added CPU ${fmt(inproc.dqCpu, 2)} µs; validator alone ${fmt(inproc.validatorNs, 0)} ns/row (goal < 5 µs)`],
    ['CPU per single-row call (user + system, all threads)', `bare ${fmt(inproc.bareCpu)} µs, handler ${fmt(inproc.handleCpu)} µs`, `overhead ${fmt(inproc.handleCpu - inproc.bareCpu)} µs of CPU, load-independent`],
    ['1000-row batch, bare `session.run` (string labels, as the model ships)', `${fmt(inproc.bareRows, 0)} rows/s`, ''],
    ['1000-row batch, bare `session.run` of the served session (labels as class indices)', `${fmt(inproc.indexedRows, 0)} rows/s`, 'context: the label rewrite alone'],
    ['1000-row batch, handler', `${fmt(inproc.handleRows, 0)} rows/s`, `${fmt(inproc.batchRatio, 2)}x of bare (goal ≥ 0.8x)`],
    ['1000-row batch, handler, OIP V2 binary tensors (FP32 in, binary outputs)', `${fmt(inproc.binaryRows, 0)} rows/s`, `${fmt(inproc.binaryRatio, 2)}x of bare`],
    ['HTTP server (child process, prediction logs on stdout), loopback, autocannon 32 connections, keep-alive, 1 row', `${fmt(httpNone.rps, 0)} req/s, p99 ${fmt(httpNone.p99Ms, 0)} ms`, 'goal ≥ 10,000 req/s'],
    ['Calibration: an empty Node.js HTTP server, same load generator and settings', `${fmt(empty.rps, 0)} req/s`, 'the ceiling of this machine at this moment'],
    ['Fn FDK over its unix socket, sequential, 1 row', `p50 ${fmt(fdk.p50)} µs, p99 ${fmt(fdk.p99)} µs`, ''],
    ['Cold start, process start → first answered prediction (`server.js`, sample model)', `${fmt(cold.ms, 0)} ms wall, ${fmt(cold.cpuMs, 0)} ms CPU`, 'goal < 300 ms'],
    ['Cold start of the function (`func.js`, Fn FDK): process start → first prediction over the socket', `${fmt(fnCold.ms, 0)} ms wall, ${fmt(fnCold.cpuMs, 0)} ms CPU`, 'goal < 300 ms'],
  ];
  if (typeof py === 'string') rows.push(['Design: Python, joblib.load per request', `skipped: ${py}`, '']);
  else {
    rows.push([`Design: Python function, joblib.load per request (scikit-learn ${py.version})`, `p50 ${fmt(py.joblibP50)} µs, p99 ${fmt(py.joblibP99)} µs`, `handler is ${fmt(py.joblibP50 / inproc.handleP50, 0)}x faster at p50`]);
    rows.push(['Python, model kept in memory (for context)', `p50 ${fmt(py.memoryP50)} µs`, `handler is ${fmt(py.memoryP50 / inproc.handleP50, 0)}x faster at p50`]);
  }
  const table = ['| Measurement | Result | Note |', '| --- | --- | --- |', ...rows.map((r) => `| ${r.join(' | ')} |`)].join('\n');
  const load = readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ');
  process.stdout.write(`\n${table}\n\nMachine: ${cpus().length} cores, ${cpus()[0]?.model ?? ''}; Node ${process.version}; medians of ${RUNS} runs (HTTP and Python: ${Math.min(RUNS, 3)}); load average at the end ${load}.\n`);
  if (args.includes('--json')) process.stdout.write(`${JSON.stringify({ inproc, httpNone, empty, fdk, cold, fnCold, py })}\n`);
}

main().catch((err: unknown) => {
  process.stderr.write(`bench:inference failed: ${err instanceof Error ? err.stack : String(err)}\n`);
  process.exitCode = 1;
});
