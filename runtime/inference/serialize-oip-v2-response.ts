import { shapeOipV2Response } from './shape-oip-v2-response';
import { type BatchPrediction, type ModelSignature, type OipV2BinaryBody } from './types';

const LITTLE_ENDIAN = new Uint8Array(Uint16Array.of(1).buffer)[0] === 1;

/** Binary output data, written straight into the answer once its size is known. */
interface Chunk {
  readonly size: number;
  write(out: Buffer, at: number): void;
}

/**
 * Each class label as a BYTES element (4-byte little-endian length, then UTF-8), per signature, as
 * a latin1 string (one character per byte): a batch's elements are joined and written into the
 * answer by one native call.
 */
const labelElements = new WeakMap<ModelSignature, string[]>();

function element(text: string): string {
  const utf8 = Buffer.from(text, 'utf8');
  const out = Buffer.allocUnsafe(4 + utf8.length);
  out.writeUInt32LE(utf8.length, 0);
  utf8.copy(out, 4);
  return out.toString('latin1');
}

/** The labels as BYTES elements: class labels reuse their encoded element. */
function bytesElements(labels: readonly (string | number | number[])[], signature: ModelSignature): Chunk {
  let known = labelElements.get(signature);
  if (!known) {
    known = signature.classLabels.map((l) => element(String(l)));
    labelElements.set(signature, known);
  }
  const classes = signature.classLabels;
  let text = '';
  for (let r = 0; r < labels.length; r++) {
    const l = labels[r];
    let k = 0;
    while (k < classes.length && classes[k] !== l) k++;
    text += k < classes.length ? known[k]! : element(String(l));
  }
  return { size: text.length, write: (out, at) => void out.write(text, at, 'latin1') };
}

const bufferChunk = (b: Buffer): Chunk => ({ size: b.length, write: (out, at) => void b.copy(out, at) });

/** Little-endian bytes of a typed array (a view on little-endian hosts). */
function littleEndian(values: Float32Array | BigInt64Array): Buffer {
  if (LITTLE_ENDIAN) return Buffer.from(values.buffer, values.byteOffset, values.byteLength);
  const out = Buffer.allocUnsafe(values.byteLength);
  values.forEach((v: number | bigint, i: number) => (typeof v === 'bigint' ? out.writeBigInt64LE(v, i * 8) : out.writeFloatLE(v, i * 4)));
  return out;
}

/**
 * The Open Inference Protocol V2 infer response as it goes on the wire: JSON text when every output
 * is answered as JSON (`shapeOipV2Response`), else the binary tensor data extension's form: a JSON
 * header whose binary outputs carry `parameters.binary_data_size` instead of `data`, followed by
 * their bytes in output order (little-endian; BYTES elements as a 4-byte length and UTF-8).
 *
 * @param prediction the model's answer
 * @param signature the served model (output names and types)
 * @param requested output names to include, in the model's order
 * @param binaryOutputs those of `requested` to answer as binary data
 * @param id the request's `id` (echoed), or the request id
 * @returns the JSON text, or the header and bytes with the header's length
 * @example
 * serializeOipV2Response(prediction, irisSignature, ['output_probability'], ['output_probability'], 'req-1');
 * // { body: <Buffer {"model_name":...,"outputs":[{"name":"output_probability",...,"parameters":{"binary_data_size":12}}]} + 12 bytes>, headerLength: ... }
 */
export function serializeOipV2Response(
  prediction: BatchPrediction, signature: ModelSignature, requested: readonly string[], binaryOutputs: readonly string[], id: string,
): string | OipV2BinaryBody {
  if (binaryOutputs.length === 0) return JSON.stringify(shapeOipV2Response(prediction, signature, requested, id));
  const json = shapeOipV2Response(prediction, signature, requested.filter((n) => !binaryOutputs.includes(n)), id) as { outputs: { name: string }[] };
  const n = prediction.rows;
  const chunks: Chunk[] = [];
  const outputs = signature.outputs.filter((o) => requested.includes(o.name)).map((o) => {
    if (!binaryOutputs.includes(o.name)) return json.outputs.find((j) => j.name === o.name)!;
    let bytes: Chunk;
    let shape: number[];
    let datatype: string = 'FP32';
    if (signature.kind === 'classifier' && o === signature.outputs[0]) {
      datatype = o.datatype;
      shape = [n];
      bytes = o.datatype === 'BYTES' ? bytesElements(prediction.predictions, signature) : bufferChunk(littleEndian(BigInt64Array.from(prediction.predictions, (p) => BigInt(p as number))));
    } else if (signature.kind === 'classifier') {
      const p = prediction.probabilities ?? new Float32Array(0);
      shape = [n, signature.classLabels.length];
      bytes = bufferChunk(littleEndian(p instanceof Float32Array ? p : Float32Array.from(p)));
    } else {
      shape = [n, signature.targets];
      bytes = bufferChunk(littleEndian(Float32Array.from(prediction.predictions.flat() as number[])));
    }
    chunks.push(bytes);
    return { name: o.name, datatype, shape, parameters: { binary_data_size: bytes.size } };
  });
  const header = JSON.stringify({ ...json, outputs });
  const headerLength = Buffer.byteLength(header);
  const body = Buffer.allocUnsafe(headerLength + chunks.reduce((size, c) => size + c.size, 0));
  body.write(header, 0, 'utf8');
  let at = headerLength;
  for (const c of chunks) {
    c.write(body, at);
    at += c.size;
  }
  return { body, headerLength };
}
