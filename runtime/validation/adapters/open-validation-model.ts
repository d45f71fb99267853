import { readFileSync } from 'node:fs';
import * as ort from 'onnxruntime-node';
import { prepareOnnxModel } from '../../inference/prepare-onnx-model';
import { type ModelSignatureInfo } from '../types';
import { ValidationInputError } from '../validation-input-error';

/** An ONNX Runtime session and the model's signature as the validator reads it. */
export interface ValidationModel {
  readonly session: ort.InferenceSession;
  readonly signature: ModelSignatureInfo;
}

/**
 * Reads an `.onnx` file and opens it with ONNX Runtime (CPU, one intra-op thread so latency is
 * measured like one serving replica). ZipMap outputs, which onnxruntime-node cannot return, are
 * turned into their probability tensors first (`prepareOnnxModel`).
 *
 * @param file - path of the model
 * @returns the session and its inputs, outputs and class labels
 * @throws ValidationInputError naming the file when it cannot be read, is not ONNX, or ONNX Runtime refuses it
 * @example
 * const { session, signature } = await openValidationModel('models/iris-classifier.onnx');
 * // signature.inputs[0].name === 'float_input'; signature.classLabels[0] === 'setosa'
 */
export async function openValidationModel(file: string): Promise<ValidationModel> {
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(file);
  } catch (err) {
    throw new ValidationInputError(`${file}: cannot read the model file: ${(err as Error).message}`);
  }
  let prepared;
  try {
    prepared = prepareOnnxModel(bytes);
  } catch (err) {
    throw new ValidationInputError(`${file}: unreadable model: ${(err as Error).message}`);
  }
  let session: ort.InferenceSession;
  try {
    session = await ort.InferenceSession.create(prepared.servingBytes, { intraOpNumThreads: 1, interOpNumThreads: 1, graphOptimizationLevel: 'all' });
  } catch (err) {
    throw new ValidationInputError(`${file}: ONNX Runtime cannot load the model: ${(err as Error).message}`);
  }
  const info = (m: ort.InferenceSession.ValueMetadata) => (m.isTensor ? { name: m.name, isTensor: true, type: m.type, shape: m.shape } : { name: m.name, isTensor: false });
  return {
    session,
    signature: { inputs: session.inputMetadata.map(info), outputs: session.outputMetadata.map(info), classLabels: prepared.classLabels },
  };
}
