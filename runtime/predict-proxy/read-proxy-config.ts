import { ocidShape } from '../contract/ocid-shape';

/** The predict proxy's configuration, typed. */
export interface ProxyConfig {
  /** The model deployment's URL (`https://<host>/<model deployment OCID>`), as Terraform wrote it. */
  readonly modelDeploymentUrl: string;
  /** OCID of the model deployment (the URL's last segment). */
  readonly modelDeploymentId: string;
  /** `<modelDeploymentUrl>/predict`: the only URL the proxy ever calls. */
  readonly predictUrl: string;
  /** Deadline of one upstream call, milliseconds. */
  readonly upstreamTimeoutMs: number;
  /** Largest request body forwarded, bytes. */
  readonly maxBodyBytes: number;
  /** Largest upstream response body relayed, bytes. */
  readonly maxResponseBytes: number;
}

/** OCI Functions takes and returns at most 6 MB per invocation. */
const FUNCTION_PAYLOAD_LIMIT = 6 * 1024 * 1024;
/** The model deployment /predict endpoint's own (fixed) timeout. */
const PREDICT_TIMEOUT_SEC = 60;
const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]']);
const DEPLOYMENT_OCID = ocidShape('datasciencemodeldeployment');

function wholeNumber(key: string, raw: string | undefined, fallback: number, min: number, max: number, problems: string[]): number {
  if (raw === undefined || raw === '') return fallback;
  const n = Number(raw);
  if (!/^\d+$/.test(raw) || n < min || n > max) {
    problems.push(`${key}: must be a whole number from ${min} to ${max}, got ${JSON.stringify(raw)}`);
    return fallback;
  }
  return n;
}

/**
 * Reads the predict proxy's configuration from its environment (the function's config keys, which
 * ModelEndpoint writes). The target URL comes only from here, never from a request.
 *
 * - MODEL_DEPLOYMENT_URL (required): `https://<host>/<model deployment OCID>`; plain `http` only on a
 *   loopback host (local tests)
 * - UPSTREAM_TIMEOUT_SEC (60, 1-60): deadline of the upstream call (the service's own limit is 60 s)
 * - MAX_BODY_BYTES (1048576, at most 6 MB: the Functions payload limit)
 * - MAX_RESPONSE_BYTES (6291456, at most 6 MB)
 *
 * @param env - the environment (`process.env`)
 * @returns the typed configuration with defaults applied
 * @throws Error listing every bad key as `KEY: problem`
 * @example
 * readProxyConfig({ MODEL_DEPLOYMENT_URL: 'https://modeldeployment.eu-frankfurt-1.oci.customer-oci.com/ocid1.datasciencemodeldeployment.oc1.eu-frankfurt-1.amaaaaaaexample' });
 */
export function readProxyConfig(env: Readonly<Record<string, string | undefined>>): ProxyConfig {
  const problems: string[] = [];
  const raw = env.MODEL_DEPLOYMENT_URL ?? '';
  let modelDeploymentUrl = '';
  let modelDeploymentId = '';
  let url: URL | undefined;
  try {
    url = new URL(raw);
  } catch {
    problems.push(`MODEL_DEPLOYMENT_URL: must be https://<host>/<model deployment OCID>, got ${JSON.stringify(raw)}`);
  }
  if (url) {
    const id = url.pathname.replace(/\/+$/, '').split('/').pop() ?? '';
    const secure = url.protocol === 'https:' || (url.protocol === 'http:' && LOOPBACK.has(url.hostname));
    if (!secure || !DEPLOYMENT_OCID.test(id) || url.search !== '' || url.hash !== '' || url.username !== '' || url.password !== '') {
      problems.push(`MODEL_DEPLOYMENT_URL: must be https://<host>/<model deployment OCID> (http only on a loopback host), without query or credentials, got ${JSON.stringify(raw)}`);
    } else {
      modelDeploymentUrl = `${url.origin}${url.pathname.replace(/\/+$/, '')}`;
      modelDeploymentId = id;
    }
  }
  const upstreamTimeoutSec = wholeNumber('UPSTREAM_TIMEOUT_SEC', env.UPSTREAM_TIMEOUT_SEC, PREDICT_TIMEOUT_SEC, 1, PREDICT_TIMEOUT_SEC, problems);
  const maxBodyBytes = wholeNumber('MAX_BODY_BYTES', env.MAX_BODY_BYTES, 1024 * 1024, 1, FUNCTION_PAYLOAD_LIMIT, problems);
  const maxResponseBytes = wholeNumber('MAX_RESPONSE_BYTES', env.MAX_RESPONSE_BYTES, FUNCTION_PAYLOAD_LIMIT, 1, FUNCTION_PAYLOAD_LIMIT, problems);
  if (problems.length) throw new Error(`readProxyConfig: invalid function configuration: ${problems.join('; ')}`);
  return {
    modelDeploymentUrl, modelDeploymentId, predictUrl: `${modelDeploymentUrl}/predict`,
    upstreamTimeoutMs: upstreamTimeoutSec * 1000, maxBodyBytes, maxResponseBytes,
  };
}
