import { type TerraformStack } from 'cdktf';
import { ModelPipeline, type ModelPipelineProps } from '../../../lib/cicd/model-pipeline';
import { type IModelEndpoint } from '../../../lib/endpoint/model-endpoint-base';

export const COMPARTMENT = 'ocid1.compartment.oc1..aaaaaaaaq6l4zrw7mbnvyh3ktj5pf2xudc4gsoe2njbm7hka3wzti5rqfvla';
export const TOPIC = 'ocid1.onstopic.oc1.eu-frankfurt-1.aaaaaaaatopic';
export const SUBNET = 'ocid1.subnet.oc1.eu-frankfurt-1.aaaaaaaasubnet';
export const GATE_FN = 'ocid1.fnfunc.oc1.eu-frankfurt-1.aaaaaaaagatexxxxxxxx';
export const GREEN_FN = 'ocid1.fnfunc.oc1.eu-frankfurt-1.aaaaaaaagreenxxxxxxx';
export const BLUE_FN = 'ocid1.fnfunc.oc1.eu-frankfurt-1.aaaaaaaabluexxxxxxxx';
export const VALIDATOR_FN = 'ocid1.fnfunc.oc1.eu-frankfurt-1.aaaaaaaavalidatorxxx';
export const DEPLOYMENT = 'ocid1.apideployment.oc1.eu-frankfurt-1.aaaaaaaadeployment';
export const TOKEN_SECRET = 'ocid1.vaultsecret.oc1.eu-frankfurt-1.amaaaaaagithubtoken';

export const PIPELINE: ModelPipelineProps = {
  compartmentId: COMPARTMENT, team: 'fraud-detection', modelName: 'fraud-scorer', region: 'eu-frankfurt-1', ocirNamespace: 'axaxnpcrorw5',
  notificationTopicId: TOPIC,
  build: { modelPath: 'models/fraud.onnx', holdoutPath: 'data/holdout.csv', label: 'is_fraud', task: 'classification', thresholds: { minAuc: 0.9, maxP95Ms: 20 } },
};

export const MANIFESTS = [
  'apiVersion: apps/v1', 'kind: Deployment', 'metadata: {name: ranker, namespace: recs}',
  'spec: {template: {spec: {containers: [{name: ranker, image: "eu-frankfurt-1.ocir.io/axaxnpcrorw5/recommendations/product-ranker:${IMAGE_TAG}"}]}}}',
  '---', 'apiVersion: networking.k8s.io/v1', 'kind: Ingress', 'metadata: {name: ranker, namespace: recs}',
].join('\n');

/** Endpoint attributes only: ModelRelease reads no construct state or metric of the endpoint. */
export const FUNCTION_ENDPOINT = {
  endpointName: 'fraud-api', modelName: 'fraud-scorer', modelVersion: '7', modelId: 'fraud-scorer:7', target: 'functions',
  compartmentId: COMPARTMENT, routePath: '/fraud/v1/predict', functionId: BLUE_FN,
} as unknown as IModelEndpoint;

export const OKE_ENDPOINT = {
  endpointName: 'ranker', modelName: 'product-ranker', modelVersion: '3', modelId: 'product-ranker:3', target: 'oke',
  compartmentId: COMPARTMENT, routePath: '/ranker/v1/predict', clusterId: 'ocid1.cluster.oc1.eu-frankfurt-1.aaaaaaaacluster',
  kubernetesNamespace: 'recs', kubernetesManifests: MANIFESTS,
} as unknown as IModelEndpoint;

export const THRESHOLDS = { maxErrorRate: 0.01, maxP95LatencyMs: 250, maxDriftScore: 0.3 };

export function pipelineIn(stack: TerraformStack, patch: Partial<ModelPipelineProps> = {}): ModelPipeline {
  return new ModelPipeline(stack, 'Pipeline', { ...PIPELINE, ...patch });
}
