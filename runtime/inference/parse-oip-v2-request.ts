import { type ErrorDetail, InferenceError } from './inference-error';
import { readEnvelopeField } from './read-envelope-field';
import { type FeatureBatchSpec, toFeatureBatch } from './to-feature-batch';
import { type FeatureBatch, type ModelSignature } from './types';

const NUMERIC_DATATYPES = ['FP16', 'FP32', 'FP64', 'INT8', 'INT16', 'INT32', 'INT64', 'UINT8', 'UINT16', 'UINT32', 'UINT64'];

const isObject = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);

/** The envelope checks of an infer request, as details (empty when it is well formed). */
function envelopeProblems(body: Record<string, unknown>): ErrorDetail[] {
  const problems: ErrorDetail[] = [];
  const need = (ok: boolean, path: string, message: string) => { if (!ok) problems.push({ path, message }); };
  need(body.id === undefined || (typeof body.id === 'string' && body.id.length <= 256), '/id', 'must be a string of at most 256 characters');
  need(body.parameters === undefined || isObject(body.parameters), '/parameters', 'must be an object');
  const inputs = body.inputs;
  if (!Array.isArray(inputs) || inputs.length !== 1) {
    problems.push({ path: '/inputs', message: 'must hold exactly one input tensor' });
  } else if (!isObject(inputs[0])) {
    problems.push({ path: '/inputs/0', message: 'must be an object {name, shape, datatype, data}' });
  } else {
    const input = inputs[0];
    need(typeof input.name === 'string' && input.name.length > 0, '/inputs/0/name', 'must be a non-empty string');
    need(Array.isArray(input.shape) && input.shape.length === 2 && input.shape.every((d) => Number.isSafeInteger(d) && (d as number) >= 0),
      '/inputs/0/shape', 'must be [rows, features], two whole numbers');
    need(typeof input.datatype === 'string' && NUMERIC_DATATYPES.includes(input.datatype), '/inputs/0/datatype', `must be one of ${NUMERIC_DATATYPES.join(', ')}`);
    need(input.parameters === undefined || isObject(input.parameters), '/inputs/0/parameters', 'must be an object');
    need(Array.isArray(input.data), '/inputs/0/data', 'must be a list of numbers (flat, row-major) or of rows');
  }
  const outputs = body.outputs;
  if (outputs !== undefined) {
    if (!Array.isArray(outputs)) problems.push({ path: '/outputs', message: 'must be a list of {name}' });
    else outputs.forEach((o, i) => need(isObject(o) && typeof o.name === 'string' && o.name.length > 0, `/outputs/${i}/name`, 'must be a non-empty string'));
  }
  return problems.slice(0, 10);
}

/** An OIP V2 inference request, validated. */
export interface OipV2Request {
  readonly id?: string;
  readonly batch: FeatureBatch;
  /** The outputs the client asked for; all of the model's when it named none. */
  readonly outputs: readonly string[];
}

/**
 * Reads an Open Inference Protocol V2 infer request: one input tensor of shape [rows, features] with a
 * numeric datatype and its `data` flat (row-major) or nested, plus optional `id` and requested `outputs`.
 *
 * @param body the parsed JSON body
 * @param signature the served model (feature count, input type, output names)
 * @param maxBatch most rows in one request
 * @returns the rows, the request id and the outputs to answer
 * @throws InferenceError 400 `invalid_request` (bad envelope, shape/data mismatch, unknown output,
 *   non-integer value for an INT datatype), 413 `batch_too_large`
 * @example
 * parseOipV2Request({ inputs: [{ name: 'float_input', shape: [1, 4], datatype: 'FP32', data: [5.1, 3.5, 1.4, 0.2] }] }, signature, 1000);
 */
export function parseOipV2Request(body: unknown, signature: ModelSignature, maxBatch: number): OipV2Request {
  readEnvelopeField(body, 'inputs', '{"inputs": [{"name", "shape", "datatype", "data"}]}');
  const envelope = body as Record<string, unknown>;
  const details = envelopeProblems(envelope);
  if (details.length) {
    throw new InferenceError(400, 'invalid_request', `request does not match the Open Inference Protocol V2: ${details[0]!.path} ${details[0]!.message}`, details);
  }
  const input = (envelope.inputs as Record<string, unknown>[])[0] as { shape: number[]; datatype: string; data: unknown[] };
  const F = signature.input.features;
  const [rows, features] = input.shape as [number, number];
  const fail = (path: string, message: string) => new InferenceError(400, 'invalid_request', `${path} ${message}`, [{ path, message }]);
  if (features !== F) throw fail('/inputs/0/shape', `must be [rows, ${F}] for this model, got [${rows}, ${features}]`);
  if (rows > maxBatch) {
    throw new InferenceError(413, 'batch_too_large', `/inputs/0/shape asks for ${rows} rows; the limit is ${maxBatch} per request`, [{ path: '/inputs/0/shape', message: `at most ${maxBatch} rows` }]);
  }
  const data = input.data;
  let nested: unknown[];
  if (data.length > 0 && Array.isArray(data[0])) {
    if (data.length !== rows) throw fail('/inputs/0/data', `holds ${data.length} rows, shape says ${rows}`);
    nested = data;
  } else {
    if (data.length !== rows * F) throw fail('/inputs/0/data', `holds ${data.length} values, shape [${rows}, ${F}] needs ${rows * F}`);
    nested = Array.from({ length: rows }, (_, r) => data.slice(r * F, (r + 1) * F));
  }
  const spec: FeatureBatchSpec = { features: F, maxBatch, type: signature.input.type, allowSingleRow: false };
  const batch = toFeatureBatch(nested, '/inputs/0/data', spec);
  if (input.datatype.startsWith('INT') || input.datatype.startsWith('UINT')) {
    const i = batch.data.findIndex((v) => !Number.isInteger(v) || (input.datatype.startsWith('U') && v < 0));
    if (i >= 0) throw fail(`/inputs/0/data`, `value ${i} (${batch.data[i]}) is not a valid ${input.datatype}`);
  }
  const known = signature.outputs.map((o) => o.name);
  const wanted = (envelope.outputs as { name: string }[] | undefined)?.map((o) => o.name) ?? known;
  const unknown = wanted.findIndex((n) => !known.includes(n));
  if (unknown >= 0) throw fail(`/outputs/${unknown}/name`, `names no output of this model: "${wanted[unknown]}"; outputs are ${known.join(', ')}`);
  return { id: envelope.id as string | undefined, batch, outputs: wanted };
}
