import { Token } from 'cdktf';

/**
 * An OCIR image reference: `<region key or id>.ocir.io/<namespace>/<repository>[:tag|@sha256:<digest>]`,
 * for example `fra.ocir.io/axaxnpcrorw5/mlops/inference:1.4.0`.
 */
export const OCIR_IMAGE_PATTERN = /^([a-z]{3}|[a-z]{2,}-[a-z]+-\d)\.ocir\.io\/[a-z0-9][a-z0-9_-]*\/[a-z0-9][a-z0-9._/-]*(:[A-Za-z0-9_][A-Za-z0-9._-]{0,127}|@sha256:[a-f0-9]{64})$/;

/** Null when `image` is an OCIR image with a tag or digest (or a token); else what is wrong. */
export function ocirImageProblem(prop: string, image: string): string | null {
  if (Token.isUnresolved(image) || OCIR_IMAGE_PATTERN.test(image)) return null;
  return `${prop} must be an OCIR image "<region>.ocir.io/<namespace>/<repository>:<tag>" or "...@sha256:<64 hex digits>", got ${JSON.stringify(image)}`;
}
