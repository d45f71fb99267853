import { decodeBinaryTensor } from './decode-binary-tensor';
import { type ErrorDetail, InferenceError } from './inference-error';
import { readEnvelopeField } from './read-envelope-field';
import { type FeatureBatchSpec, toFeatureBatch } from './to-feature-batch';
import { type FeatureBatch, type ModelSignature } from './types';

const NUMERIC_DATATYPES = ['FP16', 'FP32', 'FP64', 'INT8', 'INT16', 'INT32', 'INT64', 'UINT8', 'UINT16', 'UINT32', 'UINT64'];

const isObject = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);

const isBoolean = (v: unknown) => v === undefined || typeof v === 'boolean';

/** The envelope checks of an infer request, as details (empty when it is well formed). */
function envelopeProblems(body: Record<string, unknown>, hasBinary: boolean): ErrorDetail[] {
  const problems: ErrorDetail[] = [];
  const need = (ok: boolean, path: string, message: string) => { if (!ok) problems.push({ path, message }); };
  need(body.id === undefined || (typeof body.id === 'string' && body.id.length <= 256), '/id', 'must be a string of at most 256 characters');
  need(body.parameters === undefined || isObject(body.parameters), '/parameters', 'must be an object');
  if (isObject(body.parameters)) need(isBoolean(body.parameters.binary_data_output), '/parameters/binary_data_output', 'must be true or false');
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
    const size = isObject(input.parameters) ? input.parameters.binary_data_size : undefined;
    if (size === undefined) {
      need(Array.isArray(input.data), '/inputs/0/data', 'must be a list of numbers (flat, row-major) or of rows');
    } else {
      need(Number.isSafeInteger(size) && (size as number) >= 0, '/inputs/0/parameters/binary_data_size', 'must be a whole number of bytes');
      need(hasBinary, '/inputs/0/parameters/binary_data_size', 'binary tensor data needs the Inference-Header-Content-Length header (the JSON header\'s size in bytes)');
      need(input.data === undefined, '/inputs/0/data', 'must be absent when the tensor is sent as binary data');
    }
  }
  const outputs = body.outputs;
  if (outputs !== undefined) {
    if (!Array.isArray(outputs)) problems.push({ path: '/outputs', message: 'must be a list of {name}' });
    else {
      outputs.forEach((o, i) => {
        need(isObject(o) && typeof o.name === 'string' && o.name.length > 0, `/outputs/${i}/name`, 'must be a non-empty string');
        if (!isObject(o) || o.parameters === undefined) return;
        need(isObject(o.parameters), `/outputs/${i}/parameters`, 'must be an object');
        if (isObject(o.parameters)) need(isBoolean(o.parameters.binary_data), `/outputs/${i}/parameters/binary_data`, 'must be true or false');
      });
    }
  }
  return problems.slice(0, 10);
}

/** An OIP V2 inference request, validated. */
export interface OipV2Request {
  readonly id?: string;
  readonly batch: FeatureBatch;
  /** The outputs the client asked for; all of the model's when it named none. */
  readonly outputs: readonly string[];
  /** Those of `outputs` to answer as binary data (binary tensor data extension); empty for an all-JSON answer. */
  readonly binaryOutputs: readonly string[];
}

/**
 * Reads an Open Inference Protocol V2 infer request: one input tensor of shape [rows, features] with a
 * numeric datatype and its `data` flat (row-major) or nested, plus optional `id` and requested `outputs`.
 * With the binary tensor data extension, the input has `parameters.binary_data_size` instead of
 * `data` and its bytes follow the JSON header; outputs are answered as binary data when the request
 * says so (`parameters.binary_data_output`, or `binary_data` on an output, which wins).
 *
 * @param body the parsed JSON body (the JSON header, with the binary extension)
 * @param signature the served model (feature count, input type, output names)
 * @param maxBatch most rows in one request
 * @param binary the bytes after the JSON header, when the request had `Inference-Header-Content-Length`
 * @returns the rows, the request id, the outputs to answer and which of them as binary data
 * @throws InferenceError 400 `invalid_request` (bad envelope, shape/data mismatch, unknown output,
 *   non-integer value for an INT datatype, binary data of the wrong size or with non-finite values),
 *   413 `batch_too_large`
 * @example
 * parseOipV2Request({ inputs: [{ name: 'float_input', shape: [1, 4], datatype: 'FP32', data: [5.1, 3.5, 1.4, 0.2] }] }, signature, 1000);
 */
export function parseOipV2Request(body: unknown, signature: ModelSignature, maxBatch: number, binary?: Uint8Array): OipV2Request {
  readEnvelopeField(body, 'inputs', '{"inputs": [{"name", "shape", "datatype", "data"}]}');
  const envelope = body as Record<string, unknown>;
  const details = envelopeProblems(envelope, binary !== undefined);
  if (details.length) {
    throw new InferenceError(400, 'invalid_request', `request does not match the Open Inference Protocol V2: ${details[0]!.path} ${details[0]!.message}`, details);
  }
  const input = (envelope.inputs as Record<string, unknown>[])[0] as { shape: number[]; datatype: string; data?: unknown[]; parameters?: { binary_data_size?: number } };
  const F = signature.input.features;
  const [rows, features] = input.shape as [number, number];
  const fail = (path: string, message: string) => new InferenceError(400, 'invalid_request', `${path} ${message}`, [{ path, message }]);
  if (features !== F) throw fail('/inputs/0/shape', `must be [rows, ${F}] for this model, got [${rows}, ${features}]`);
  if (rows > maxBatch) {
    throw new InferenceError(413, 'batch_too_large', `/inputs/0/shape asks for ${rows} rows; the limit is ${maxBatch} per request`, [{ path: '/inputs/0/shape', message: `at most ${maxBatch} rows` }]);
  }
  const binarySize = input.parameters?.binary_data_size;
  if (binarySize !== undefined) {
    if (rows === 0) throw fail('/inputs/0/shape', 'must hold at least one row, got 0');
    if (binarySize !== binary!.byteLength) {
      throw fail('/inputs/0/parameters/binary_data_size', `is ${binarySize} bytes, but ${binary!.byteLength} bytes follow the JSON header`);
    }
    const batch = decodeBinaryTensor(binary!, input.datatype, rows, F, signature.input.type);
    return { id: envelope.id as string | undefined, batch, ...outputsToAnswer(envelope, signature, fail) };
  }
  const data = input.data!;
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
  return { id: envelope.id as string | undefined, batch, ...outputsToAnswer(envelope, signature, fail) };
}

/** The outputs to answer, known to the model, and which of them as binary data. */
function outputsToAnswer(envelope: Record<string, unknown>, signature: ModelSignature, fail: (path: string, message: string) => InferenceError): Pick<OipV2Request, 'outputs' | 'binaryOutputs'> {
  const known = signature.outputs.map((o) => o.name);
  const asked = envelope.outputs as { name: string; parameters?: { binary_data?: boolean } }[] | undefined;
  const wanted = asked?.map((o) => o.name) ?? known;
  const unknown = wanted.findIndex((n) => !known.includes(n));
  if (unknown >= 0) throw fail(`/outputs/${unknown}/name`, `names no output of this model: "${wanted[unknown]}"; outputs are ${known.join(', ')}`);
  const allBinary = (envelope.parameters as { binary_data_output?: boolean } | undefined)?.binary_data_output === true;
  const binaryOutputs = wanted.filter((name) => asked?.find((o) => o.name === name)?.parameters?.binary_data ?? allBinary);
  return { outputs: wanted, binaryOutputs };
}
