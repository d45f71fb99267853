import { type ModelSignature } from './types';

const OIP_INPUT_TYPES = { float32: 'FP32', float64: 'FP64' } as const;

/**
 * The Open Inference Protocol V2 model metadata (`GET /v2/models/<name>`): name, versions, platform
 * and the typed input and outputs, `-1` for the batch dimension.
 *
 * @param signature the served model
 * @returns the metadata body object
 * @example
 * oipV2ModelMetadata(irisSignature);
 * // { name: 'iris', versions: ['...'], platform: 'onnx_onnxv1', inputs: [{ name: 'float_input', datatype: 'FP32', shape: [-1, 4] }], outputs: [...] }
 */
export function oipV2ModelMetadata(signature: ModelSignature): Record<string, unknown> {
  return {
    name: signature.name,
    versions: [signature.version],
    platform: 'onnx_onnxv1',
    inputs: [{ name: signature.input.name, datatype: OIP_INPUT_TYPES[signature.input.type], shape: [-1, signature.input.features] }],
    outputs: signature.outputs.map((o) => ({ name: o.name, datatype: o.datatype, shape: [...o.shape] })),
    parameters: { kind: signature.kind, sha256: signature.sha256, class_labels: signature.classLabels },
  };
}
