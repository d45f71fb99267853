import { randomUUID } from 'node:crypto';
import { type RowValidator } from '../data-quality/compile-row-validator';
import { checkPredictionFinite } from './check-prediction-finite';
import { InferenceError } from './inference-error';
import { type ModelSlot } from './model-slot';
import { oipV2ModelMetadata } from './oip-v2-model-metadata';
import { parseDesignRequest } from './parse-design-request';
import { parseJsonBody } from './parse-json-body';
import { parseKServeV1Request } from './parse-kserve-v1-request';
import { parseOipV2Request } from './parse-oip-v2-request';
import { type PredictionLogRecord, predictionLogRecord } from './prediction-log-record';
import { scanNumericRows } from './scan-numeric-rows';
import { serializeDesignResponse } from './serialize-design-response';
import { serializeOipV2Response } from './serialize-oip-v2-response';
import { type BatchPrediction, type FeatureBatch, type InferenceRequest, type InferenceResponse, type ModelSignature, type OipV2BinaryBody } from './types';

/** Request limits. */
export interface InferenceLimits {
  /** Most rows per request. @default 1000 */
  readonly maxBatch?: number;
  /** Largest request body, bytes. @default 1048576 (1 MiB) */
  readonly maxBodyBytes?: number;
}

/** What happened to one request, handed to the observer after the answer is built. */
export interface RequestEvent {
  /** Route template, e.g. `POST /v2/models/:name/infer`, `unmatched`. */
  readonly route: string;
  readonly status: number;
  readonly latencyMs: number;
  readonly requestId: string;
  /** Set for answered predictions. */
  readonly record?: PredictionLogRecord;
  /** Set for answered predictions. */
  readonly signature?: ModelSignature;
  /** Set for answered classifier predictions: the max class probability per row (the record's `confidence`). */
  readonly confidences?: Float64Array;
}

export interface InferenceRouterOptions extends InferenceLimits {
  readonly slot: ModelSlot;
  /**
   * Called once per request, on the event-loop turn after the answer is returned (so after the shell
   * wrote it); must not block. Its errors are counted (`observerFailures`) and never change the answer.
   * @default - nothing observed
   */
  readonly observe?: (event: RequestEvent) => void;
  /** Put the feature rows in log records. @default true */
  readonly logFeatures?: boolean;
  /**
   * Names of the feature columns, in input order, logged with the rows so the drift monitor can
   * match them to its reference profile.
   * @default - no names logged
   */
  readonly featureNames?: readonly string[];
  /**
   * Column checks of a data-quality suite applied to every request row by feature name
   * (`compileRowValidator`): `reject` answers 422 `data_quality_failed` with one detail per violation;
   * `flag` serves and records the violation counts in the prediction record (and so in `/metrics`).
   * @default - no data-quality checks
   */
  readonly dataQuality?: { readonly validator: RowValidator; readonly mode: 'reject' | 'flag' };
  /** Clock, for tests. @default - `performance.now()` and `new Date()` */
  readonly now?: () => number;
}

/** The router: one `handle` for every route, whatever shell (HTTP server, Fn FDK) received the request. */
export interface InferenceRouter {
  handle(request: InferenceRequest): Promise<InferenceResponse>;
  /** Observer calls that threw. */
  readonly observerFailures: number;
  readonly limits: Required<InferenceLimits>;
}

const JSON_HEADERS = { 'content-type': 'application/json' } as const;
const SAFE_REQUEST_ID = /^[\w.:/+=-]{1,128}$/;

/** A body already serialized: JSON text, or (Open Inference Protocol V2 binary outputs) a JSON header and tensor bytes. */
type Serialized = string | OipV2BinaryBody;
/** What the log record is built from, after the answer (the rows as sent are only materialized then). */
type LogInput = Parameters<typeof predictionLogRecord>[0];
type Answer = { result: object | Serialized; logged?: LogInput };
type Match = { route: string; name?: string; run: (req: InferenceRequest, requestId: string) => Promise<Answer> | Answer };

let lastMs = 0;
let lastIso = '';
/** The current time in ISO 8601, formatted at most once per millisecond (it is in every answer). */
function isoNow(): string {
  const ms = Date.now();
  if (ms !== lastMs) { lastMs = ms; lastIso = new Date(ms).toISOString(); }
  return lastIso;
}

function decode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    throw new InferenceError(400, 'invalid_path', `path segment "${segment.slice(0, 100)}" is not valid percent-encoding`, [{ path: '', message: 'invalid percent-encoding in the URL path' }]);
  }
}

const isBinaryBody = (r: object): r is OipV2BinaryBody => Buffer.isBuffer((r as { body?: unknown }).body);

function notFound(path: string): InferenceError {
  return new InferenceError(404, 'not_found', `no route for ${path}`, [{ path: '', message: 'see docs/inference.md for the routes' }]);
}

/** Details listed in a 422 answer; the message says how many there were in all. */
const MAX_DATA_QUALITY_DETAILS = 100;

/**
 * Runs the row checks on a batch: nothing found costs one pass of comparisons; `reject` throws the
 * 422 with a detail per violation (its JSON Pointer follows the request's layout), `flag` returns the
 * counts per feature and check for the prediction record.
 */
function checkDataQuality(
  dq: NonNullable<InferenceRouterOptions['dataQuality']>, batch: FeatureBatch, sig: ModelSignature, rowsPath: string, protocol: PredictionLogRecord['protocol'],
): { feature: string; check: string; count: number }[] | undefined {
  const width = sig.input.features;
  if (dq.validator.featureNames.length !== width) {
    throw new InferenceError(500, 'data_quality_misconfigured', `the data-quality checks name ${dq.validator.featureNames.length} features, the model takes ${width}`, [{ path: '', message: 'set the feature names (--feature-names, FEATURE_NAMES) to the model\'s input columns' }]);
  }
  const found = dq.validator.count(batch.data, batch.rows);
  if (found === 0) return undefined;
  if (dq.mode === 'reject') {
    const pointer = (row: number, index: number) => (batch.single ? `${rowsPath}/${index}` : protocol === 'oip_v2' ? `${rowsPath}/${row * width + index}` : `${rowsPath}/${row}/${index}`);
    const details = dq.validator.list(batch.data, batch.rows, MAX_DATA_QUALITY_DETAILS).map((v) => {
      // The value as the client wrote it (a float32 model holds 0.4 as 0.4000000059604645).
      const sent = batch.source[v.row]?.[v.index] ?? v.value;
      return {
        path: pointer(v.row, v.index),
        message: v.check === 'type' ? `${v.feature}: ${sent} is not an integer` : v.check === 'allowedValues' ? `${v.feature}: ${sent} is not one of the allowed values` : `${v.feature}: ${sent} is ${v.check === 'min' ? 'below min' : 'above max'} ${v.bound as number}`,
        column: v.feature, check: v.check, bound: v.bound,
      };
    });
    const shown = found > details.length ? ` (the first ${details.length} are listed)` : '';
    throw new InferenceError(422, 'data_quality_failed', `${found} value${found === 1 ? '' : 's'} of the request break the data-quality checks${shown}`, details);
  }
  const counts = new Map<string, { feature: string; check: string; count: number }>();
  for (const v of dq.validator.list(batch.data, batch.rows, found)) {
    const key = `${v.feature}\u0000${v.check}`;
    const c = counts.get(key);
    if (c) c.count++;
    else counts.set(key, { feature: v.feature, check: v.check, count: 1 });
  }
  return [...counts.values()];
}

/**
 * Creates the request router shared by the HTTP server and the OCI Function: health and readiness,
 * the design's `POST /predict` and `POST /models/<name>/predict`, KServe V1
 * (`POST /v1/models/<name>:predict`, `GET /v1/models/<name>`) and the Open Inference Protocol V2
 * (`POST /v2/models/<name>[/versions/<v>]/infer`, also with the binary tensor data extension, model
 * metadata and readiness, `/v2/health/*`). Plain numeric rows are read by `scanNumericRows`, anything
 * else by `JSON.parse` and the format's parser, with the same answers.
 * Every refused request answers `{"error": {"code", "message", "details"}}` with a 4xx (503 while
 * the model is not ready); nothing a client sends yields another 5xx.
 *
 * @param options the model slot, limits, observer and whether to log features
 * @returns the router
 * @example
 * const router = createInferenceRouter({ slot, maxBatch: 1000 });
 * const res = await router.handle({ method: 'POST', path: '/predict', body: Buffer.from('{"features":[5.1,3.5,1.4,0.2]}') });
 * // res.status === 200; JSON.parse(res.body).prediction[0] === 'setosa'
 */
export function createInferenceRouter(options: InferenceRouterOptions): InferenceRouter {
  const slot = options.slot;
  const limits = { maxBatch: options.maxBatch ?? 1000, maxBodyBytes: options.maxBodyBytes ?? 1048576 };
  for (const [k, v] of Object.entries(limits)) {
    if (!Number.isInteger(v) || v < 1) throw new Error(`createInferenceRouter: ${k} must be an integer >= 1, got ${v}`);
  }
  const logFeatures = options.logFeatures ?? true;
  const now = options.now ?? (() => performance.now());
  let observerFailures = 0;
  const dataQuality = options.dataQuality;

  const checkName = (name: string) => {
    if (name !== slot.name) {
      throw new InferenceError(404, 'model_not_found', `no model named "${name}"; this endpoint serves "${slot.name}"`, [{ path: '', message: `model name must be "${slot.name}"` }]);
    }
  };
  const spec = (sig: ModelSignature) => ({ features: sig.input.features, maxBatch: limits.maxBatch, type: sig.input.type });
  // The byte-level reader of plain numeric rows; null sends the body to the general parser (and its errors).
  const fastRows = (req: InferenceRequest, key: string, sig: ModelSignature, allowSingleRow: boolean): FeatureBatch | null =>
    req.body.byteLength <= limits.maxBodyBytes ? scanNumericRows(req.body, key, { ...spec(sig), allowSingleRow }) : null;

  // Shared by the three prediction formats: read, run, check, shape; the record goes to the observer.
  async function predict<T extends { rows: number }>(
    req: InferenceRequest, requestId: string, protocol: PredictionLogRecord['protocol'], rowsPath: string,
    read: (req: InferenceRequest, sig: ModelSignature) => { batch: FeatureBatch; extra?: T },
    shape: (p: BatchPrediction, sig: ModelSignature, batch: FeatureBatch, ts: string, extra?: T) => object | Serialized,
    started: number,
  ): Promise<Answer> {
    const model = slot.require();
    const sig = model.signature;
    const { batch, extra } = read(req, sig);
    const violations = dataQuality ? checkDataQuality(dataQuality, batch, sig, rowsPath, protocol) : undefined;
    const prediction = checkPredictionFinite(await model.run(batch), rowsPath);
    const timestamp = isoNow();
    const logged = { requestId, timestamp, protocol, latencyMs: now() - started, signature: sig, batch, prediction, dataQualityViolations: violations };
    return { result: shape(prediction, sig, batch, timestamp, extra), logged };
  }

  // The binary tensor data extension: a JSON header of the declared size, then the tensor bytes.
  function splitBinaryRequest(req: InferenceRequest): { json: Uint8Array; binary?: Uint8Array } {
    const declared = req.inferenceHeaderContentLength;
    if (declared === undefined) return { json: req.body };
    if (req.body.byteLength > limits.maxBodyBytes) return { json: req.body }; // parseJsonBody answers the 413
    const size = Number(declared);
    if (!/^\d{1,15}$/.test(declared.trim()) || size > req.body.byteLength) {
      const message = `must be the size in bytes of the JSON header at the start of the body (at most ${req.body.byteLength}), got "${declared.slice(0, 40)}"`;
      throw new InferenceError(400, 'invalid_request', `Inference-Header-Content-Length ${message}`, [{ path: '', message: `Inference-Header-Content-Length ${message}` }]);
    }
    return { json: req.body.subarray(0, size), binary: req.body.subarray(size) };
  }

  function match(method: string, path: string, started: number): Match {
    const seg = path.split('/');
    const post = method === 'POST';
    const get = method === 'GET' || method === 'HEAD';
    const onlyPost = (route: string, m: Omit<Match, 'route'>): Match => (post ? { route, ...m } : methodNotAllowed(route, 'POST'));
    const onlyGet = (route: string, m: Omit<Match, 'route'>): Match => (get ? { route, ...m } : methodNotAllowed(route, 'GET'));
    const design = (route: string): Match => onlyPost(route, {
      run: (req, id) => predict(req, id, 'design', '/features',
        (r, sig) => ({ batch: fastRows(r, 'features', sig, true) ?? parseDesignRequest(parseJsonBody(r.body, limits.maxBodyBytes), spec(sig)) }),
        (p, sig, batch, ts) => serializeDesignResponse(p, sig, batch.single, { requestId: id, timestamp: ts }), started),
    });
    if (path === '/health') return onlyGet('GET /health', { run: () => ({ result: { status: 'ok' } }) });
    if (path === '/ready' || path === '/v2/health/ready') {
      return onlyGet(`GET ${path}`, { run: () => { slot.require(); return { result: { ready: true, model_name: slot.name } }; } });
    }
    if (path === '/v2/health/live') return onlyGet('GET /v2/health/live', { run: () => ({ result: { live: true } }) });
    if (path === '/v2' || path === '/v2/') return onlyGet('GET /v2', { run: () => ({ result: { name: 'oci-mlops-inference', version: '0.1.0', extensions: ['binary_tensor_data'] } }) });
    if (path === '/predict') return design('POST /predict');
    // /models/<name>/predict
    if (seg.length === 4 && seg[1] === 'models' && seg[3] === 'predict') {
      const m = design('POST /models/:name/predict');
      return { ...m, name: decode(seg[2]!) };
    }
    // /v1/models/<name>[:predict]
    if (seg.length === 4 && seg[1] === 'v1' && seg[2] === 'models') {
      const last = seg[3]!;
      if (last.endsWith(':predict')) {
        return {
          ...onlyPost('POST /v1/models/:name:predict', {
            run: (req, id) => predict(req, id, 'kserve_v1', '/instances',
              (r, sig) => ({ batch: fastRows(r, 'instances', sig, false) ?? parseKServeV1Request(parseJsonBody(r.body, limits.maxBodyBytes), spec(sig)) }),
              (p) => `{"predictions":${JSON.stringify(p.predictions)}}`, started),
          }),
          name: decode(last.slice(0, -':predict'.length)),
        };
      }
      return { ...onlyGet('GET /v1/models/:name', { run: () => { slot.require(); return { result: { name: slot.name, ready: true } }; } }), name: decode(last) };
    }
    // /v2/models/<name>[/versions/<v>][/infer|/ready]
    if (seg[1] === 'v2' && seg[2] === 'models' && seg.length >= 4 && seg.length <= 7) {
      const name = decode(seg[3]!);
      let rest = seg.slice(4);
      let version: string | undefined;
      if (rest[0] === 'versions' && rest.length >= 2) { version = decode(rest[1]!); rest = rest.slice(2); }
      const checkVersion = () => {
        const sig = slot.require().signature;
        if (version !== undefined && version !== sig.version) {
          throw new InferenceError(404, 'model_version_not_found', `model "${name}" has no version "${version}"; the served version is "${sig.version}"`, [{ path: '', message: `version must be "${sig.version}"` }]);
        }
      };
      if (rest.length === 0) return { ...onlyGet('GET /v2/models/:name', { run: () => { checkVersion(); return { result: oipV2ModelMetadata(slot.require().signature) }; } }), name };
      if (rest.length === 1 && rest[0] === 'ready') return { ...onlyGet('GET /v2/models/:name/ready', { run: () => { checkVersion(); return { result: { name, ready: true } }; } }), name };
      if (rest.length === 1 && rest[0] === 'infer') {
        return {
          ...onlyPost('POST /v2/models/:name/infer', {
            run: (req, id) => { checkVersion(); return predict(req, id, 'oip_v2', '/inputs/0/data',
              (r, sig) => {
                const { json, binary } = splitBinaryRequest(r);
                const o = parseOipV2Request(parseJsonBody(json, limits.maxBodyBytes), sig, limits.maxBatch, binary);
                return { batch: o.batch, extra: { rows: o.batch.rows, outputs: o.outputs, binaryOutputs: o.binaryOutputs, id: o.id } };
              },
              (p, sig, _b, _ts, extra) => serializeOipV2Response(p, sig, extra!.outputs, extra!.binaryOutputs, extra!.id ?? id), started); },
          }),
          name,
        };
      }
    }
    return { route: 'unmatched', run: () => { throw notFound(path); } };
  }

  function methodNotAllowed(route: string, allowed: string): Match {
    return {
      route,
      run: () => { throw new InferenceError(405, 'method_not_allowed', `${route.split(' ')[1]} accepts ${allowed} only`, [{ path: '', message: `use ${allowed}` }]); },
    };
  }

  async function handle(request: InferenceRequest): Promise<InferenceResponse> {
    const started = now();
    // A caller's id is kept when it is a plausible id; anything else (long, odd characters) is replaced.
    const requestId = request.requestId && SAFE_REQUEST_ID.test(request.requestId) ? request.requestId : randomUUID();
    let status = 200;
    let body: string | Buffer;
    let headers: Record<string, string> = JSON_HEADERS;
    let route = 'unmatched';
    let logged: Answer['logged'];
    try {
      const m = match(request.method, request.path, started);
      route = m.route;
      if (m.name !== undefined) checkName(m.name);
      const answer = await m.run(request, requestId);
      logged = answer.logged;
      const result = answer.result;
      if (typeof result === 'string') body = result;
      else if (isBinaryBody(result)) {
        body = result.body;
        headers = { 'content-type': 'application/octet-stream', 'inference-header-content-length': String(result.headerLength) };
      } else body = JSON.stringify(result);
    } catch (err) {
      logged = undefined;
      const e = err instanceof InferenceError
        ? err
        : new InferenceError(500, 'internal_error', `the server failed to answer: ${err instanceof Error ? err.message : String(err)}`, []);
      status = e.status;
      body = JSON.stringify(e.toBody());
      headers = JSON_HEADERS;
    }
    const observe = options.observe;
    if (observe) {
      const latencyMs = now() - started;
      const log = logged;
      // After the shell has written the answer: observers never delay a response, and the log
      // record (with the rows as sent, which the fast reader parses only now) is built here too.
      setImmediate(() => {
        try {
          const record = log ? predictionLogRecord(log, logFeatures, options.featureNames) : undefined;
          observe({ route, status, latencyMs, requestId, record, signature: log?.signature, confidences: log?.prediction.confidences });
        } catch {
          observerFailures++;
        }
      });
    }
    return { status, body, headers: { ...headers, 'x-request-id': requestId } };
  }

  return {
    handle,
    get observerFailures() { return observerFailures; },
    limits,
  };
}
