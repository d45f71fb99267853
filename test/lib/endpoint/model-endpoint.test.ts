import { TerraformOutput, Testing } from 'cdktf';
import { Construct } from 'constructs';
import { parseAllDocuments } from 'yaml';
import { ModelEndpoint, type ModelEndpointProps } from '../../../lib/endpoint/model-endpoint';
import { Governance, runPolicyChecks } from '../../../lib/policy';
import { freshStack, resourcesOf, synthResources } from '../../support/synth';
import { APPLICATION, CLUSTER, COMPARTMENT, DATASCIENCE, FUNCTIONS, GATEWAY, IMAGE, LOG_GROUP, OKE, PROXY_IMAGE, routes, SUBNET, TENANCY } from './fixtures';

type Base = Omit<ModelEndpointProps, 'routes'>;
interface DeploymentSpec { routes: { backend: { url?: string } & Record<string, unknown> }[]; request_policies: { authentication: unknown } }
interface ModelDeploymentJson {
  model_deployment_configuration_details: { model_configuration_details: { scaling_policy: unknown } & Record<string, unknown> };
  category_log_details: { access: { log_id: string }; predict: { log_id: string } };
}

/** The specification of the (first) API deployment. */
function specOf(r: ReturnType<typeof synthResources>): DeploymentSpec {
  return resourcesOf(r, 'oci_apigateway_deployment')[0]!.specification as DeploymentSpec;
}

/** Synthesized resources of a stack with one deployment and the given endpoints. */
function synth(...endpoints: Base[]) {
  return synthResources((s) => {
    const r = routes(s);
    endpoints.forEach((e, i) => new ModelEndpoint(s, `E${i}`, { ...e, routes: r }));
  });
}

/** The constructor error for one endpoint's props. */
function errorOf(props: Partial<Base> & Pick<Base, 'target'>, base: Base = FUNCTIONS): string {
  const stack = freshStack();
  try {
    new ModelEndpoint(stack, 'Scorer', { ...base, ...props, routes: routes(stack) } as ModelEndpointProps);
  } catch (err) {
    return (err as Error).message;
  }
  throw new Error('no error');
}

describe('ModelEndpoint on functions', () => {
  test('defines the function in the application with the runtime configuration and a custom prediction log as LOG_ID', () => {
    const r = synth({ ...FUNCTIONS, memoryMib: 2048, timeoutSec: 60, provisionedConcurrency: 2, maxBodyBytes: 2_000_000 });
    const fn = resourcesOf(r, 'oci_functions_function')[0]!;
    expect(fn).toMatchObject({ application_id: APPLICATION, display_name: 'fraud-scorer', image: IMAGE, memory_in_mbs: '2048', timeout_in_seconds: 60, provisioned_concurrency_config: { strategy: 'CONSTANT', count: 2 } });
    expect(fn.config).toEqual({
      MODEL_URI: FUNCTIONS.modelUri, MODEL_SHA256: FUNCTIONS.modelSha256, MODEL_NAME: 'fraud-scorer', MODEL_VERSION: '3', MAX_BATCH: '1000', MAX_BODY_BYTES: '2000000',
      LOG_FEATURES: 'true', LOG_ID: expect.stringMatching(/^\$\{oci_logging_log\.E0_PredictionLog_[0-9A-F]+\.id\}$/), MONITORING_COMPARTMENT_ID: COMPARTMENT,
      PATH_PREFIX: '/fraud-detection/models/fraud-scorer',
    });
    const log = Object.entries(r.oci_logging_log!).find(([k]) => k.startsWith('E0_PredictionLog'))![1];
    expect(log).toEqual({ display_name: 'fraud-scorer-predictions', log_group_id: LOG_GROUP, log_type: 'CUSTOM', is_enabled: true, retention_duration: 90 });
  });

  test('passes a data-quality suite to the runtime as DATA_QUALITY_SUITE with its mode, checked at synthesis', () => {
    const suite = { name: 'fraud-inputs', columns: { amount: { type: 'number' as const, notNull: true, min: 0, max: 10000 } } };
    const fn = resourcesOf(synth({ ...FUNCTIONS, featureNames: ['amount', 'age'], dataQualitySuite: suite, dataQualityMode: 'flag' }), 'oci_functions_function')[0]!;
    expect(fn.config).toMatchObject({ FEATURE_NAMES: 'amount,age', DATA_QUALITY_SUITE: JSON.stringify(suite), DATA_QUALITY_MODE: 'flag' });
    const oke = JSON.parse(Testing.synthScope((st) => {
      const e = new ModelEndpoint(st, 'Ranker', { ...OKE, featureNames: ['amount'], dataQualitySuite: suite, routes: routes(st) });
      new TerraformOutput(st, 'manifests', { value: e.kubernetesManifests });
    }));
    expect(oke.output.manifests.value).toMatch(/name: DATA_QUALITY_MODE\n\s+value: reject/);
  });

  test.each<[string, Partial<Base>, RegExp]>([
    ['a suite without featureNames', { dataQualitySuite: { name: 's', columns: { amount: { min: 0 } } } }, /dataQualitySuite needs featureNames/],
    ['a pattern check no numeric feature can pass', { featureNames: ['amount'], dataQualitySuite: { name: 's', columns: { amount: { type: 'string', regex: '^a' } } } }, /dataQualitySuite cannot check request rows/],
    ['a suite that is not a suite', { featureNames: ['amount'], dataQualitySuite: { name: 's', columns: { amount: { min: 'zero' } } } as never }, /dataQualitySuite is not a valid suite: columns\.amount\.min/],
    ['a mode without a suite', { dataQualityMode: 'flag' }, /dataQualityMode applies only with a dataQualitySuite, got "flag" without one/],
    ['a suite over the function configuration limit', { featureNames: ['amount'], dataQualitySuite: { name: 's', columns: Object.fromEntries(Array.from({ length: 120 }, (_, i) => [`feature_with_a_long_name_${i}`, { min: 0, max: 1 }])) } }, /is \d+ bytes as JSON; a function's whole configuration is limited to 4 KB/],
  ])('fails on %s', (_, props, message) => {
    expect(errorOf({ target: 'functions', ...props })).toMatch(message);
  });

  test("lets exactly its functions (blue and green) write the prediction log and post metrics in the endpoint's compartment: LOG_ID and MONITORING_COMPARTMENT_ID are there", () => {
    const r = synth({ ...FUNCTIONS, releaseStrategy: 'blue-green' });
    const fn = resourcesOf(r, 'oci_functions_function');
    const ids = Object.keys(r.oci_functions_function!).map((k) => `\${oci_functions_function.${k}.id}`);
    expect(fn.map((f) => (f.config as Record<string, string>).MONITORING_COMPARTMENT_ID)).toEqual([COMPARTMENT, COMPARTMENT]);
    const [policy] = resourcesOf(r, 'oci_identity_policy');
    const who = `request.principal.type = 'fnfunc', any {request.principal.id = '${ids[0]}', request.principal.id = '${ids[1]}'}`;
    expect(policy).toMatchObject({
      compartment_id: COMPARTMENT, name: 'mlops-fraud-scorer-telemetry',
      statements: [
        `Allow any-user to use log-content in compartment id ${COMPARTMENT} where all {${who}}`,
        `Allow any-user to use metrics in compartment id ${COMPARTMENT} where all {${who}, target.metrics.namespace = 'mlops_inference'}`,
      ],
    });
  });

  test('routes /models/<name>/predict to the function with authentication required', () => {
    const spec = specOf(synth(FUNCTIONS));
    expect(spec.routes).toEqual([{
      path: '/models/fraud-scorer/predict', methods: ['POST'],
      backend: { type: 'ORACLE_FUNCTIONS_BACKEND', function_id: expect.stringMatching(/^\$\{oci_functions_function\.E0_Function_[0-9A-F]+\.id\}$/) },
      request_policies: { authorization: { type: 'AUTHENTICATION_ONLY' } },
    }]);
    expect(spec.request_policies.authentication).toMatchObject({ type: 'JWT_AUTHENTICATION', is_anonymous_access_allowed: false });
  });

  test('imports an endpoint served by an existing function, with its metrics', () => {
    const stack = freshStack();
    const e = ModelEndpoint.fromFunctionId(stack, 'Imported', {
      functionId: 'ocid1.fnfunc.oc1..f', endpointName: 'scorer', modelName: 'fraud', modelVersion: '3', compartmentId: COMPARTMENT, predictionLogId: 'ocid1.log.oc1..l',
    });
    expect(e).toMatchObject({ target: 'functions', modelId: 'fraud-3', routePath: '/models/scorer/predict', functionId: 'ocid1.fnfunc.oc1..f', predictionLogId: 'ocid1.log.oc1..l' });
    expect(e.metricInvocations().toMql()).toBe('FunctionInvocationCount[1m]{resourceId = "ocid1.fnfunc.oc1..f"}.sum()');
  });
});

describe('ModelEndpoint on OKE', () => {
  test('renders Deployment, Service, HPA and PDB with probes, sizing, the serving identity and the runtime environment', () => {
    const stack = freshStack();
    const e = new ModelEndpoint(stack, 'Ranker', { ...OKE, minReplicas: 3, maxReplicas: 9, cpuMillicores: 1000, memoryMib: 2048, routes: routes(stack) });
    const docs = parseAllDocuments(e.kubernetesManifests!).map((d) => d.toJS());
    expect(docs.map((d) => `${d.apiVersion}/${d.kind}`)).toEqual(['apps/v1/Deployment', 'v1/Service', 'autoscaling/v2/HorizontalPodAutoscaler', 'policy/v1/PodDisruptionBudget']);
    expect(docs.every((d) => d.metadata.namespace === 'mlops-serving' && d.metadata.name === 'fraud-scorer-oke')).toBe(true);
    const [deployment, service, hpa, pdb] = docs;
    const pod = deployment.spec.template.spec;
    expect(deployment.spec.replicas).toBe(3);
    expect(pod.serviceAccountName).toBe('model-server');
    const c = pod.containers[0];
    expect(c).toMatchObject({
      image: IMAGE, command: ['node', 'functions/inference/server.js'],
      livenessProbe: { httpGet: { path: '/health', port: 'http' } }, readinessProbe: { httpGet: { path: '/ready', port: 'http' } },
      resources: { requests: { cpu: '1000m', memory: '2048Mi' }, limits: { cpu: '2000m', memory: '2048Mi' } },
      securityContext: { runAsNonRoot: true, readOnlyRootFilesystem: true },
    });
    const env = Object.fromEntries(c.env.map((v: { name: string; value: string }) => [v.name, v.value]));
    expect(env).toMatchObject({ PORT: '8080', MODEL_NAME: 'fraud-scorer', MODEL_VERSION: '3', MODEL_SHA256: OKE.modelSha256, MONITORING_COMPARTMENT_ID: COMPARTMENT });
    expect(env.LOG_ID).toBe(e.predictionLogId);
    expect(service.spec).toMatchObject({ type: 'LoadBalancer', ports: [{ port: 80, targetPort: 'http' }] });
    expect(service.metadata.annotations).toMatchObject({ 'service.beta.kubernetes.io/oci-load-balancer-internal': 'true', 'service.beta.kubernetes.io/oci-load-balancer-subnet1': SUBNET });
    expect(hpa.spec).toMatchObject({ minReplicas: 3, maxReplicas: 9, scaleTargetRef: { kind: 'Deployment', name: 'fraud-scorer-oke' } });
    expect(hpa.spec.metrics.map((m: { type: string }) => m.type)).toEqual(['Resource', 'Pods']);
    expect(hpa.spec.metrics[1].pods).toEqual({ metric: { name: 'mlops_inference_requests_per_second' }, target: { type: 'AverageValue', averageValue: '20' } });
    expect(pdb.spec.minAvailable).toBe(2);
    expect(e).toMatchObject({ clusterId: CLUSTER, kubernetesNamespace: 'mlops-serving', releaseStrategy: 'rolling' });
    expect(e.resource).toBeUndefined();
  });

  test("routes to the internal load balancer's name-free /predict and defines no Kubernetes or DevOps resource in Terraform", () => {
    const r = synth({ ...OKE, servicePort: 8080, timeoutSec: 45 });
    const spec = specOf(r);
    expect(spec.routes[0]!.backend).toEqual({ type: 'HTTP_BACKEND', url: 'http://fraud-scorer.mlops.internal:8080/predict', connect_timeout_in_seconds: 5, read_timeout_in_seconds: 45, send_timeout_in_seconds: 10 });
    expect(Object.keys(r).sort()).toEqual(['oci_apigateway_deployment', 'oci_identity_policy', 'oci_logging_log']);
  });

  test("lets only its pods' service account on its cluster write the prediction log and post metrics in the endpoint's compartment", () => {
    const policy = resourcesOf(synth({ ...OKE, iamNamePrefix: 'acme-mlops-fraud' }), 'oci_identity_policy')[0]!;
    const who = `request.principal.type = 'workload', request.principal.namespace = 'mlops-serving', request.principal.service_account = 'model-server', request.principal.cluster_id = '${CLUSTER}'`;
    expect(policy).toMatchObject({
      compartment_id: COMPARTMENT, name: 'acme-mlops-fraud-fraud-scorer-oke-telemetry',
      statements: [
        `Allow any-user to use log-content in compartment id ${COMPARTMENT} where all {${who}}`,
        `Allow any-user to use metrics in compartment id ${COMPARTMENT} where all {${who}, target.metrics.namespace = 'mlops_inference'}`,
      ],
    });
  });

  test('serves a canary or blue-green endpoint through an NGINX Ingress on the service host, with a ClusterIP Service', () => {
    const stack = freshStack();
    const e = new ModelEndpoint(stack, 'Ranker', { ...OKE, releaseStrategy: 'canary', routes: routes(stack) });
    const docs = parseAllDocuments(e.kubernetesManifests!).map((d) => d.toJS());
    expect(docs.map((d) => d.kind)).toEqual(['Deployment', 'Service', 'HorizontalPodAutoscaler', 'PodDisruptionBudget', 'Ingress']);
    expect(docs[1].spec.type).toBe('ClusterIP');
    expect(docs[1].metadata.annotations).toBeUndefined();
    expect(docs[4]).toMatchObject({ apiVersion: 'networking.k8s.io/v1', metadata: { name: 'fraud-scorer-oke', namespace: 'mlops-serving' }, spec: { ingressClassName: 'nginx', rules: [{ host: 'fraud-scorer.mlops.internal', http: { paths: [{ path: '/', pathType: 'Prefix', backend: { service: { name: 'fraud-scorer-oke', port: { name: 'http' } } } }] } }] } });
    expect(e.releaseStrategy).toBe('canary');
  });

  test('resolves LOG_ID in the manifests to the log when they are used in a resource attribute', () => {
    const out = JSON.parse(Testing.synthScope((s) => {
      const e = new ModelEndpoint(s, 'Ranker', { ...OKE, routes: routes(s) });
      new TerraformOutput(s, 'manifests', { value: e.kubernetesManifests });
    }));
    expect(out.output.manifests.value).toMatch(/name: LOG_ID\n\s+value: \$\{oci_logging_log\.Ranker_PredictionLog_[0-9A-F]+\.id\}/);
  });
});

describe('ModelEndpoint on Data Science', () => {
  test('defines the model deployment from the catalog with shape, autoscaling and access and predict logs', () => {
    const r = synth({ ...DATASCIENCE, instanceShape: 'VM.Standard.E4.Flex', instanceOcpus: 2, instanceMemoryGb: 32, instanceCount: 2, maxInstanceCount: 4 });
    const md = resourcesOf(r, 'oci_datascience_model_deployment')[0]! as unknown as ModelDeploymentJson;
    const cfg = md.model_deployment_configuration_details.model_configuration_details;
    expect(cfg).toMatchObject({
      model_id: DATASCIENCE.modelCatalogId,
      instance_configuration: { instance_shape_name: 'VM.Standard.E4.Flex', subnet_id: SUBNET, model_deployment_instance_shape_config_details: { ocpus: 2, memory_in_gbs: 32 } },
      scaling_policy: { policy_type: 'AUTOSCALING', auto_scaling_policies: [{ minimum_instance_count: 2, maximum_instance_count: 4, initial_instance_count: 2 }] },
    });
    expect(md.category_log_details.access.log_id).toMatch(/E0_AccessLog/);
    expect(md.category_log_details.predict.log_id).toMatch(/E0_PredictionLog/);
  });

  test('routes to a predict proxy function that calls only this deployment, signed, with the limits', () => {
    const r = synth({ ...DATASCIENCE, timeoutSec: 45, maxBodyBytes: 262144, provisionedConcurrency: 1 });
    const fn = resourcesOf(r, 'oci_functions_function')[0]!;
    expect(fn).toMatchObject({
      application_id: APPLICATION, display_name: 'fraud-scorer-ds-predict-proxy', image: PROXY_IMAGE, memory_in_mbs: '256', timeout_in_seconds: 50,
      provisioned_concurrency_config: { strategy: 'CONSTANT', count: 1 },
    });
    expect(fn.config).toEqual({
      MODEL_DEPLOYMENT_URL: expect.stringMatching(/^\$\{oci_datascience_model_deployment\.E0_[0-9A-F]+\.model_deployment_url\}$/),
      UPSTREAM_TIMEOUT_SEC: '45', MAX_BODY_BYTES: '262144',
    });
    expect(specOf(r).routes).toEqual([{
      path: '/models/fraud-scorer-ds/predict', methods: ['POST'],
      backend: { type: 'ORACLE_FUNCTIONS_BACKEND', function_id: expect.stringMatching(/^\$\{oci_functions_function\.E0_PredictProxy_[0-9A-F]+\.id\}$/) },
      request_policies: { authorization: { type: 'AUTHENTICATION_ONLY' } },
    }]);
  });

  test('pins the predict proxy image by digest when given one', () => {
    const image = `fra.ocir.io/acmetenancy/mlops/predict-proxy@sha256:${'b'.repeat(64)}`;
    const fn = resourcesOf(synth({ ...DATASCIENCE, predictProxyImage: image }), 'oci_functions_function')[0]!;
    expect(fn).toMatchObject({ image, image_digest: `sha256:${'b'.repeat(64)}` });
  });

  test('lets only the proxy function, by its OCID, call model deployment predict endpoints in the compartment', () => {
    const r = synth({ ...DATASCIENCE, predictProxyNamePrefix: 'acme-mlops-fraud' });
    expect(Object.values(r.oci_identity_dynamic_group!)).toEqual([{
      compartment_id: TENANCY, name: 'acme-mlops-fraud-fraud-scorer-ds-predict-proxy', description: 'Predict proxy function of the fraud-scorer-ds model endpoint',
      matching_rule: expect.stringMatching(/^ALL \{resource\.type = 'fnfunc', resource\.id = '\$\{oci_functions_function\.E0_PredictProxy_[0-9A-F]+\.id\}'\}$/),
    }]);
    const [policy] = Object.values(r.oci_identity_policy!);
    expect(policy).toMatchObject({
      compartment_id: COMPARTMENT, name: 'acme-mlops-fraud-fraud-scorer-ds-predict-proxy',
      statements: [`Allow dynamic-group acme-mlops-fraud-fraud-scorer-ds-predict-proxy to {DATA_SCIENCE_MODEL_DEPLOYMENT_PREDICT} in compartment id ${COMPARTMENT}`],
      depends_on: [expect.stringMatching(/^oci_identity_dynamic_group\.E0_PredictProxyGroup_[0-9A-F]+$/)],
    });
  });

  test('produces no policy findings', () => {
    const stack = freshStack();
    new ModelEndpoint(stack, 'E', { ...DATASCIENCE, routes: routes(stack) });
    expect(runPolicyChecks(stack)).toEqual([]);
  });

  test('keeps a fixed size when maxInstanceCount equals instanceCount', () => {
    const md = resourcesOf(synth({ ...DATASCIENCE, instanceCount: 3, maxInstanceCount: 3 }), 'oci_datascience_model_deployment')[0]! as unknown as ModelDeploymentJson;
    expect(md.model_deployment_configuration_details.model_configuration_details.scaling_policy).toEqual({ policy_type: 'FIXED_SIZE', instance_count: 3 });
  });
});

describe('ModelEndpoint metrics', () => {
  function endpoints() {
    const stack = freshStack();
    const r = routes(stack);
    return {
      fn: new ModelEndpoint(stack, 'F', { ...FUNCTIONS, routes: r, serviceMetricsCompartmentId: 'ocid1.compartment.oc1..platform' }),
      oke: new ModelEndpoint(stack, 'O', { ...OKE, routes: r }),
      ds: new ModelEndpoint(stack, 'D', { ...DATASCIENCE, routes: r }),
    };
  }

  test('uses oci_faas for a function, in the compartment of its application', () => {
    const { fn } = endpoints();
    expect(fn.metricLatency().props).toMatchObject({ namespace: 'oci_faas', name: 'FunctionExecutionDuration', statistic: 'mean', intervalMinutes: 1, compartmentId: 'ocid1.compartment.oc1..platform' });
    expect(fn.metricErrors().props.dimensions).toEqual({ resourceId: fn.functionId, responseType: 'Error' });
    expect(fn.metricInvocations().props.name).toBe('FunctionInvocationCount');
  });

  test('uses oci_datascience_modeldeploy for a model deployment', () => {
    const { ds } = endpoints();
    expect(ds.metricLatency().props).toMatchObject({ namespace: 'oci_datascience_modeldeploy', name: 'PredictLatency', dimensions: { resourceId: ds.modelDeploymentId } });
    expect(ds.metricErrors().props).toMatchObject({ name: 'PredictResponse', dimensions: { result: 'Failure' }, statistic: 'sum' });
    expect(ds.metricInvocations().props.name).toBe('PredictRequestCount');
  });

  test("uses the runtime's custom namespace on OKE and lets options override the defaults", () => {
    const { oke } = endpoints();
    expect(oke.metricLatency({ statistic: { percentile: 0.95 }, intervalMinutes: 5 }).toMql()).toBe('prediction_latency_ms[5m]{model_name = "fraud-scorer", model_version = "3"}.percentile(0.95)');
    expect(oke.metricErrors().props).toMatchObject({ namespace: 'mlops_inference', name: 'prediction_errors', compartmentId: COMPARTMENT });
    expect(oke.metricConfidence().props).toMatchObject({ name: 'prediction_confidence', statistic: 'mean', intervalMinutes: 5 });
  });

  test("reads the route's oci_apigateway metrics by gateway, deployment and route", () => {
    const stack = freshStack();
    const e = new ModelEndpoint(stack, 'F', { ...FUNCTIONS, routes: routes(stack, { gatewayCompartmentId: 'ocid1.compartment.oc1..platform' }) });
    expect(e.metricRouteRequests().props).toMatchObject({
      namespace: 'oci_apigateway', name: 'HttpRequests', statistic: 'sum', compartmentId: 'ocid1.compartment.oc1..platform',
      dimensions: { resourceId: GATEWAY, deploymentId: e.routes.deploymentId, route: '/models/fraud-scorer/predict' },
    });
    expect(e.metricRouteLatency({ intervalMinutes: 5 }).props).toMatchObject({ name: 'Latency', statistic: 'mean', intervalMinutes: 5 });
  });

  test('reads the drift score by model_id, and by feature when given', () => {
    const { fn } = endpoints();
    expect(fn.metricDriftScore().toMql()).toBe('drift_score[60m]{model_id = "fraud-scorer-3"}.max()');
    expect(fn.metricDriftScore('amount', { statistic: 'mean' }).props).toMatchObject({ namespace: 'mlops_drift', dimensions: { model_id: 'fraud-scorer-3', feature: 'amount' }, statistic: 'mean' });
  });
});

describe('ModelEndpoint policy', () => {
  test('produces no policy finding for the three targets', () => {
    const stack = freshStack();
    const r = routes(stack);
    for (const [i, e] of [FUNCTIONS, OKE, DATASCIENCE].entries()) new ModelEndpoint(stack, `E${i}`, { ...e, routes: r });
    expect(runPolicyChecks(stack)).toEqual([]);
  });

  test('reports anonymous routes under MLOPS-4 until a suppression gives the reason', () => {
    const stack = freshStack();
    const r = routes(stack, { authentication: 'none' });
    new ModelEndpoint(stack, 'E', { ...FUNCTIONS, routes: r });
    expect(runPolicyChecks(stack).map((f) => [f.ruleId, f.suppressedReason])).toEqual([['MLOPS-4', undefined]]);
    Governance.suppress(r, [{ id: 'MLOPS-4', reason: 'Public demo model serving synthetic data only' }]);
    expect(runPolicyChecks(stack).map((f) => [f.ruleId, f.suppressedReason])).toEqual([['MLOPS-4', 'Public demo model serving synthetic data only']]);
  });
});

describe('ModelEndpoint validation', () => {
  test('fails for an unknown target, naming the allowed ones', () => {
    expect(errorOf({ target: 'lambda' as never })).toBe('T/Scorer: target must be one of "functions", "oke", "datascience", got "lambda"');
  });

  test('fails for a canary release on a target that cannot split traffic', () => {
    expect(errorOf({ target: 'functions', releaseStrategy: 'canary' })).toContain('releaseStrategy must be "rolling" or "blue-green" for target "functions" (only "oke" can split traffic), got "canary"');
    expect(errorOf({ target: 'datascience', releaseStrategy: 'blue-green' }, DATASCIENCE)).toContain('releaseStrategy must be "rolling" for target "datascience", got "blue-green"');
    expect(errorOf({ target: 'oke', releaseStrategy: 'canary', servicePort: 8080 }, OKE)).toContain('servicePort must be 80 with releaseStrategy "canary" (the NGINX Ingress listens on 80), got 8080');
  });

  test('fails for memory and timeout outside the OCI limits', () => {
    expect(errorOf({ target: 'functions', memoryMib: 4096 })).toContain('memoryMib must be one of 128, 256, 512, 1024, 2048, 3072 for target "functions" (OCI Functions sizes), got 4096');
    expect(errorOf({ target: 'functions', timeoutSec: 301 })).toContain('timeoutSec must be an integer from 5 to 300 seconds (OCI Functions and API Gateway limit), got 301');
    expect(errorOf({ target: 'oke', memoryMib: 64 }, OKE)).toContain('memoryMib must be an integer from 128 to 65536 for target "oke", got 64');
  });

  test('fails for a prediction log retention OCI Logging does not offer', () => {
    expect(errorOf({ target: 'functions', predictionLogRetentionDays: 45 })).toContain('predictionLogRetentionDays must be 30, 60, 90, 120, 150 or 180, got 45');
  });

  test('fails for an image that is not an OCIR path or digest', () => {
    expect(errorOf({ target: 'functions', image: 'docker.io/library/node:20' })).toContain('image must be an OCIR image "<region>.ocir.io/<namespace>/<repository>:<tag>" or "...@sha256:<64 hex digits>", got "docker.io/library/node:20"');
    expect(errorOf({ target: 'oke', image: 'fra.ocir.io/acme/inference' }, OKE)).toContain('got "fra.ocir.io/acme/inference"');
  });

  test('fails for a route path clash in one deployment, naming both endpoints', () => {
    const stack = freshStack();
    const r = routes(stack);
    new ModelEndpoint(stack, 'A', { ...FUNCTIONS, routes: r });
    expect(() => new ModelEndpoint(stack, 'B', { ...OKE, routePath: '/models/fraud-scorer/predict', routes: r }))
      .toThrow('T/B: routePath must be unique in the deployment T/Routes (prefix /fraud-detection), got "/models/fraud-scorer/predict" which T/A already serves');
  });

  test('fails for two deployments with one path prefix on the same gateway', () => {
    const stack = freshStack();
    routes(stack);
    expect(() => routes(new Construct(stack, 'Other')))
      .toThrow('T/Other/Routes: pathPrefix must be unique on the gateway, got "/fraud-detection" which T/Routes already uses');
  });

  test('fails for props of another target and missing props of this one', () => {
    const msg = errorOf({ target: 'functions', clusterId: CLUSTER, functionsApplicationId: undefined });
    expect(msg).toContain('functionsApplicationId is required when target is "functions"');
    expect(msg).toContain(`clusterId applies only to target "oke", got "${CLUSTER}" with target "functions"`);
    expect(errorOf({ target: 'oke', serviceHostname: undefined }, OKE)).toContain('serviceHostname is required when target is "oke"');
  });

  test('fails for a public IP as service host, a bad digest, a route not ending in /predict on functions and too large a body', () => {
    expect(errorOf({ target: 'oke', serviceHostname: '8.8.8.8' }, OKE)).toContain('serviceHostname must be a private DNS name or a private IPv4 address');
    expect(errorOf({ target: 'functions', modelSha256: 'ABC' })).toContain('modelSha256 must be 64 lowercase hex digits, got "ABC"');
    expect(errorOf({ target: 'functions', routePath: '/score' })).toContain('routePath must end with "/predict" for target "functions"');
    expect(errorOf({ target: 'functions', maxBodyBytes: 7_000_000 })).toContain('maxBodyBytes must be an integer from 1 to 6291456 for target "functions", got 7000000');
  });

  test('fails for a datascience endpoint without its predict proxy, or with proxy props elsewhere', () => {
    const msg = errorOf({ target: 'datascience', predictProxyImage: undefined, tenancyId: undefined, functionsApplicationId: undefined }, DATASCIENCE);
    expect(msg).toContain('predictProxyImage is required when target is "datascience"');
    expect(msg).toContain('tenancyId is required when target is "datascience"');
    expect(msg).toContain('functionsApplicationId is required when target is "datascience"');
    expect(errorOf({ target: 'functions', predictProxyImage: PROXY_IMAGE })).toContain(`predictProxyImage applies only to target "datascience", got "${PROXY_IMAGE}" with target "functions"`);
    expect(errorOf({ target: 'oke', tenancyId: TENANCY }, OKE)).toContain('tenancyId applies only to target "datascience"');
  });

  test('fails for a bad predict proxy image, tenancy or name prefix', () => {
    expect(errorOf({ target: 'datascience', predictProxyImage: 'docker.io/proxy:1' }, DATASCIENCE)).toContain('predictProxyImage must be an OCIR image "<region>.ocir.io/<namespace>/<repository>:<tag>" or "...@sha256:<64 hex digits>", got "docker.io/proxy:1"');
    expect(errorOf({ target: 'datascience', tenancyId: COMPARTMENT }, DATASCIENCE)).toContain(`tenancyId must be a tenancy OCID (ocid1.tenancy...), got "${COMPARTMENT}"`);
    expect(errorOf({ target: 'datascience', predictProxyNamePrefix: 'Acme_MLOps' }, DATASCIENCE)).toContain('predictProxyNamePrefix must be a-z, 0-9 and "-", starting with a letter, got "Acme_MLOps"');
    expect(errorOf({ target: 'functions', iamNamePrefix: 'Acme' })).toContain('iamNamePrefix must be a-z, 0-9 and "-", starting with a letter, got "Acme"');
    expect(errorOf({ target: 'functions', iamNamePrefix: 'a'.repeat(80) })).toContain(`iamNamePrefix and endpointName must make a policy name of at most 100 characters (OCI IAM limit), got "${'a'.repeat(80)}-fraud-scorer-telemetry"`);
    expect(errorOf({ target: 'datascience', predictProxyNamePrefix: 'a'.repeat(80) }, DATASCIENCE)).toContain(`predictProxyNamePrefix and endpointName must make a dynamic group name of at most 100 characters (OCI IAM limit), got "${'a'.repeat(80)}-fraud-scorer-ds-predict-proxy"`);
  });

  test('fails for a datascience timeout beyond the model deployment limit or a body beyond the proxy limit', () => {
    expect(errorOf({ target: 'datascience', timeoutSec: 61 }, DATASCIENCE)).toContain('timeoutSec must be an integer from 1 to 60 seconds (the model deployment /predict timeout), got 61');
    expect(errorOf({ target: 'datascience', maxBodyBytes: 7_000_000 }, DATASCIENCE)).toContain('maxBodyBytes must be an integer from 1 to 6291456 for target "datascience", got 7000000');
  });

  test('fails to synthesize a deployment without routes', () => {
    const stack = freshStack();
    routes(stack);
    expect(() => Testing.synth(stack, true)).toThrow(/EndpointRoutes T\/Routes has no route/);
  });
});
