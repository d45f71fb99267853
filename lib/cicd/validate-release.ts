import { Token } from 'cdktf';
import { parseAllDocuments } from 'yaml';
import { type CanaryThresholds, CanaryThresholdsSchema } from '../../runtime/canary/canary-thresholds-schema';
import { type Check, outside } from '../private/checks';
import { type ModelReleaseProps } from './model-release-props';
import { ocidShape } from '../../runtime/contract/ocid-shape';

/** Traffic steps of a canary when none are given, percent. */
export const DEFAULT_CANARY_STEPS: readonly number[] = [10, 50, 100];

const FUNCTION_OCID = ocidShape('fnfunc');
const K8S_NAME = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;

const known = (v: string | undefined): v is string => v !== undefined && !Token.isUnresolved(v);
const strategyOf = (p: ModelReleaseProps) => p.strategy ?? 'rolling';
const badFunctionId = (v: string | undefined) => known(v) && !FUNCTION_OCID.test(v);

/** Why a canary step list is not usable, or null. */
export function canaryStepsProblem(steps: readonly number[]): string | null {
  if (steps.length === 0) return 'must hold at least one step, got []';
  const bad = steps.find((s) => !Number.isInteger(s) || s < 1 || s > 100);
  if (bad !== undefined) return `must be whole percentages 1-100, got ${JSON.stringify(steps)} (${bad})`;
  const i = steps.findIndex((s, k) => k > 0 && s <= steps[k - 1]!);
  if (i > 0) return `must be strictly increasing, got ${JSON.stringify(steps)} (${steps[i]} after ${steps[i - 1]})`;
  if (steps[steps.length - 1] !== 100) return `must end at 100 (all traffic on the new version), got ${JSON.stringify(steps)}`;
  return null;
}

/**
 * The canary thresholds parsed with the team-file schema, or the problems as `canaryThresholds...`
 * messages with the value received and what is allowed.
 */
export function parseCanaryThresholds(input: unknown): { thresholds?: CanaryThresholds; problems: string[] } {
  if (input === undefined) return { problems: [] };
  const record = (input ?? {}) as Record<string, unknown>;
  const metrics = ['maxErrorRate', 'maxP95LatencyMs', 'maxDriftScore'];
  if (typeof input !== 'object' || input === null || metrics.every((m) => record[m] === undefined)) {
    return { problems: [`canaryThresholds must set maxErrorRate, maxP95LatencyMs and maxDriftScore (a gate with no metric cannot decide), got ${JSON.stringify(input)}`] };
  }
  const parsed = CanaryThresholdsSchema.safeParse(input);
  if (parsed.success) return { thresholds: parsed.data, problems: [] };
  return {
    problems: parsed.error.issues.map((i) => {
      const key = i.path.join('.');
      const value = key ? record[key] : input;
      return `canaryThresholds${key ? `.${key}` : ''} ${i.message}, got ${JSON.stringify(value)}`;
    }),
  };
}

/** The props table of ModelRelease (constructor errors naming the prop, the value and what is allowed). */
export const releaseChecks: Check<ModelReleaseProps>[] = [
  { fails: (p) => p.endpoint.target === 'datascience', message: (p) => `endpoint.target must be "functions" or "oke" (Data Science model deployments are updated in place, not through a DevOps deploy pipeline), got "${p.endpoint.target}" for endpoint ${p.endpoint.endpointName}` },
  { fails: (p) => !['rolling', 'blue-green', 'canary'].includes(strategyOf(p)), message: (p) => `strategy must be "rolling", "blue-green" or "canary", got ${JSON.stringify(p.strategy)}` },
  { fails: (p) => strategyOf(p) === 'canary' && p.endpoint.target === 'functions', message: (p) => `strategy "canary" needs target "oke" (traffic steps go through the NGINX ingress; OCI Functions behind API Gateway cannot split traffic: use "blue-green"), got target "functions" for endpoint ${p.endpoint.endpointName}` },
  { fails: (p) => p.canarySteps !== undefined && canaryStepsProblem(p.canarySteps) !== null, message: (p) => `canarySteps ${canaryStepsProblem(p.canarySteps!)}` },
  { fails: (p) => p.canarySteps !== undefined && strategyOf(p) !== 'canary', message: (p) => `canarySteps apply to strategy "canary" only, got strategy ${JSON.stringify(strategyOf(p))}` },
  { fails: (p) => strategyOf(p) === 'canary' && p.canaryThresholds === undefined, message: () => 'canaryThresholds must be set for strategy "canary" (maxErrorRate, maxP95LatencyMs, maxDriftScore: what the gate checks between steps), got undefined' },
  { fails: (p) => strategyOf(p) === 'canary' && p.canaryGateFunctionId === undefined, message: () => 'canaryGateFunctionId must be set for strategy "canary" (the functions/canary-gate function invoked between steps), got undefined' },
  { fails: (p) => badFunctionId(p.canaryGateFunctionId), message: (p) => `canaryGateFunctionId must be a function OCID (ocid1.fnfunc...), got ${JSON.stringify(p.canaryGateFunctionId)}` },
  { fails: (p) => outside(p.requiredApprovals, 0, 5), message: (p) => `requiredApprovals must be a whole number 0-5 (0: no approval stage), got ${p.requiredApprovals}` },
  { fails: (p) => outside(p.rollbackWindowMinutes, 1, 1440), message: (p) => `rollbackWindowMinutes must be a whole number of minutes 1-1440, got ${p.rollbackWindowMinutes}` },
  { fails: (p) => strategyOf(p) === 'blue-green' && p.validationPayload === undefined, message: () => 'validationPayload must be set for strategy "blue-green" (the JSON test request sent to the green version), got undefined' },
  { fails: (p) => p.validationPayload !== undefined && !isJson(p.validationPayload), message: (p) => `validationPayload must be a JSON document, got ${JSON.stringify(p.validationPayload)}` },
  { fails: (p) => p.endpoint.target === 'functions' && !p.endpoint.functionId, message: (p) => `endpoint.functionId must be set for target "functions", got ${JSON.stringify(p.endpoint.functionId)}` },
  { fails: (p) => strategyOf(p) === 'blue-green' && p.endpoint.target === 'functions' && !p.greenFunctionId, message: () => 'greenFunctionId must be set for a blue-green release of a function (the standby function the new image goes to first), got undefined' },
  { fails: (p) => badFunctionId(p.greenFunctionId), message: (p) => `greenFunctionId must be a function OCID (ocid1.fnfunc...), got ${JSON.stringify(p.greenFunctionId)}` },
  { fails: (p) => strategyOf(p) === 'blue-green' && p.endpoint.target === 'functions' && !p.apiGatewayDeploymentId, message: () => 'apiGatewayDeploymentId must be set for a blue-green release of a function (the API Gateway deployment whose route is switched), got undefined' },
  { fails: (p) => strategyOf(p) === 'blue-green' && p.endpoint.target === 'functions' && !p.subnetId, message: () => 'subnetId must be set for a blue-green release of a function (the shell stages that switch the route run in it), got undefined' },
  { fails: (p) => strategyOf(p) === 'blue-green' && p.endpoint.target === 'oke' && !p.validationFunctionId, message: () => 'validationFunctionId must be set for a blue-green release on OKE (the function that sends the test request to the green namespace), got undefined' },
  { fails: (p) => badFunctionId(p.validationFunctionId), message: (p) => `validationFunctionId must be a function OCID (ocid1.fnfunc...), got ${JSON.stringify(p.validationFunctionId)}` },
  { fails: (p) => p.endpoint.target === 'oke' && !p.endpoint.clusterId, message: (p) => `endpoint.clusterId must be set for target "oke", got ${JSON.stringify(p.endpoint.clusterId)}` },
  { fails: (p) => p.endpoint.target === 'oke' && !p.endpoint.kubernetesManifests?.trim(), message: (p) => `endpoint.kubernetesManifests must hold the endpoint's manifests (YAML) for target "oke", got ${JSON.stringify(p.endpoint.kubernetesManifests)}` },
  { fails: (p) => p.endpoint.target === 'oke' && !p.endpoint.kubernetesNamespace, message: (p) => `endpoint.kubernetesNamespace must be set for target "oke", got ${JSON.stringify(p.endpoint.kubernetesNamespace)}` },
  {
    fails: (p) => p.endpoint.target === 'oke' && strategyOf(p) !== 'rolling' && ingressProblem(p.endpoint.kubernetesManifests, p.ingressName ?? p.endpoint.endpointName) !== null,
    message: (p) => ingressProblem(p.endpoint.kubernetesManifests, p.ingressName ?? p.endpoint.endpointName)!,
  },
  { fails: (p) => known(p.ingressName) && !K8S_NAME.test(p.ingressName), message: (p) => `ingressName must be a Kubernetes object name (lowercase letters, digits, "-"), got ${JSON.stringify(p.ingressName)}` },
];

/**
 * Why the manifests cannot carry an NGINX canary or blue-green release, or null: DevOps' NGINX
 * strategies shift traffic through an Ingress of the manifests, named `ingressName`.
 */
export function ingressProblem(manifests: string | undefined, ingressName: string): string | null {
  if (!manifests || Token.isUnresolved(ingressName)) return null;
  const docs = parseAllDocuments(manifests);
  const objects = (Array.isArray(docs) ? docs : [docs]).map((d) => d.toJS() as { kind?: string; metadata?: { name?: string } } | null).filter((o) => o !== null);
  if (objects.some((o) => o.kind === 'Ingress' && o.metadata?.name === ingressName)) return null;
  const kinds = objects.map((o) => `${o.kind ?? '?'} ${o.metadata?.name ?? '?'}`).join(', ');
  return `endpoint.kubernetesManifests must hold an Ingress named ${JSON.stringify(ingressName)} (ingress-nginx) for strategy canary or blue-green on OKE: DevOps' NGINX strategies shift traffic through it; got ${kinds || 'no object'}`;
}

function isJson(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}
