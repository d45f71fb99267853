import * as ort from 'onnxruntime-node';
import { prepareOnnxModel } from '../../inference/prepare-onnx-model';
import { type ModelValueInfo } from '../../validation/types';

/** An ONNX Runtime session of a model as the serving runtime opens it, with its input signature. */
export interface ServingSession {
  readonly session: ort.InferenceSession;
  readonly inputs: readonly ModelValueInfo[];
  /** Tensor outputs (ZipMaps removed), the ones a benchmark or a comparison fetches. */
  readonly outputs: readonly ModelValueInfo[];
}

/**
 * Opens model bytes as the inference runtime does: ZipMap outputs turned into their probability
 * tensors (`prepareOnnxModel`), graph optimizations 'all', one inter-op thread.
 *
 * @param bytes - the model
 * @param threads - intra-op threads, default 1 (one serving replica)
 * @returns the session and its signature
 * @throws Error naming `openServingSession` when the bytes are not ONNX or ONNX Runtime refuses them
 * @example
 * const { session, inputs } = await openServingSession(readFileSync('models/sensor-mote-mlp.onnx'));
 */
export async function openServingSession(bytes: Uint8Array, threads = 1): Promise<ServingSession> {
  let prepared;
  try {
    prepared = prepareOnnxModel(bytes);
  } catch (err) {
    throw new Error(`openServingSession: ${(err as Error).message}`);
  }
  let session: ort.InferenceSession;
  try {
    session = await ort.InferenceSession.create(prepared.servingBytes, { intraOpNumThreads: threads, interOpNumThreads: 1, graphOptimizationLevel: 'all', logSeverityLevel: 3 });
  } catch (err) {
    throw new Error(`openServingSession: ONNX Runtime cannot load the model: ${(err as Error).message}`);
  }
  const info = (m: ort.InferenceSession.ValueMetadata): ModelValueInfo => (m.isTensor ? { name: m.name, isTensor: true, type: m.type, shape: m.shape } : { name: m.name, isTensor: false });
  return { session, inputs: session.inputMetadata.map(info), outputs: session.outputMetadata.map(info).filter((o) => o.isTensor) };
}
