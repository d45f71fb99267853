import { z } from 'zod';
import { InferenceError } from './inference-error';
import { type FeatureBatchSpec, toFeatureBatch } from './to-feature-batch';
import { type FeatureBatch, type ModelSignature } from './types';
import { zodIssuesToDetails } from './zod-issues-to-details';

const NUMERIC_DATATYPES = ['FP16', 'FP32', 'FP64', 'INT8', 'INT16', 'INT32', 'INT64', 'UINT8', 'UINT16', 'UINT32', 'UINT64'] as const;

const OipV2Request = z.looseObject({
  id: z.string().max(256).optional(),
  parameters: z.record(z.string(), z.unknown()).optional(),
  inputs: z.array(z.looseObject({
    name: z.string().min(1),
    shape: z.array(z.int().min(0)).length(2, { message: 'must be [rows, features]' }),
    datatype: z.enum(NUMERIC_DATATYPES, { message: `must be one of ${NUMERIC_DATATYPES.join(', ')}` }),
    parameters: z.record(z.string(), z.unknown()).optional(),
    data: z.array(z.unknown()),
  })).length(1, { message: 'must hold exactly one input tensor' }),
  outputs: z.array(z.looseObject({ name: z.string().min(1) })).optional(),
});

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
  const envelope = OipV2Request.safeParse(body);
  if (!envelope.success) {
    const details = zodIssuesToDetails(envelope.error);
    throw new InferenceError(400, 'invalid_request', `request does not match the Open Inference Protocol V2: ${details[0]!.path || 'body'} ${details[0]!.message}`, details);
  }
  const input = envelope.data.inputs[0]!;
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
  const wanted = envelope.data.outputs?.map((o) => o.name) ?? known;
  const unknown = wanted.findIndex((n) => !known.includes(n));
  if (unknown >= 0) throw fail(`/outputs/${unknown}/name`, `names no output of this model: "${wanted[unknown]}"; outputs are ${known.join(', ')}`);
  return { id: envelope.data.id, batch, outputs: wanted };
}
