import { type onnx } from 'onnx-proto';

/**
 * The operator set version a model imports for a domain.
 *
 * @param model - the model
 * @param domain - '' (or 'ai.onnx') for the default domain, 'ai.onnx.ml', ...
 * @returns the version, or 0 when the model does not import the domain
 * @example
 * opsetVersion(model, ''); // 15
 */
export function opsetVersion(model: onnx.IModelProto, domain: string): number {
  const wanted = domain === 'ai.onnx' ? '' : domain;
  const entry = (model.opsetImport ?? []).find((o) => ((o.domain ?? '') === 'ai.onnx' ? '' : o.domain ?? '') === wanted);
  return entry ? Number(entry.version ?? 0) : 0;
}
