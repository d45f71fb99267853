import { type Construct } from 'constructs';
import { EndpointRoutes, type EndpointRoutesProps } from '../../../lib/endpoint/endpoint-routes';
import { type ModelEndpointProps } from '../../../lib/endpoint/model-endpoint';

export const COMPARTMENT = 'ocid1.compartment.oc1..aaaaaaaaq6l4zrw7mbnvyh3ktj5pf2xudc4gsoe2njbm7hka3wzti5rqfvla';
export const GATEWAY = 'ocid1.apigateway.oc1.eu-frankfurt-1.amaaaaaagw';
export const LOG_GROUP = 'ocid1.loggroup.oc1.eu-frankfurt-1.amaaaaaalg';
export const APPLICATION = 'ocid1.fnapp.oc1.eu-frankfurt-1.amaaaaaaapp';
export const CLUSTER = 'ocid1.cluster.oc1.eu-frankfurt-1.amaaaaaacluster';
export const SUBNET = 'ocid1.subnet.oc1.eu-frankfurt-1.aaaaaaaaendpoints';
export const PROJECT = 'ocid1.datascienceproject.oc1.eu-frankfurt-1.amaaaaaaproj';
export const CATALOG_MODEL = 'ocid1.datasciencemodel.oc1.eu-frankfurt-1.amaaaaaamodel';
export const IMAGE = 'fra.ocir.io/acmetenancy/mlops/inference:1.4.0';
export const PROXY_IMAGE = 'fra.ocir.io/acmetenancy/mlops/predict-proxy:0.1.0';
export const TENANCY = 'ocid1.tenancy.oc1..aaaaaaaa4bqxzp2mwylfkzhrtmcv5lsmjxnl7sdtwkf3m7ec2qldmc6ngh2a';
export const SHA = 'a'.repeat(64);
export const JWT = { type: 'jwt', issuers: ['https://identity.oraclecloud.com/'], audiences: ['fraud-api'], jwksUri: 'https://idcs-acme.identity.oraclecloud.com/admin/v1/SigningCert/jwk' } as const;

export const ROUTES_PROPS: EndpointRoutesProps = {
  compartmentId: COMPARTMENT, gatewayId: GATEWAY, pathPrefix: '/fraud-detection', displayName: 'fraud-detection-models', authentication: JWT, logGroupId: LOG_GROUP,
};

export function routes(scope: Construct, props: Partial<EndpointRoutesProps> = {}): EndpointRoutes {
  return new EndpointRoutes(scope, 'Routes', { ...ROUTES_PROPS, ...props });
}

type Base = Omit<ModelEndpointProps, 'routes'>;
const common = { compartmentId: COMPARTMENT, logGroupId: LOG_GROUP, modelName: 'fraud-scorer', modelVersion: '3' };

export const FUNCTIONS: Base = {
  ...common, endpointName: 'fraud-scorer', target: 'functions', image: IMAGE, modelUri: 'oci://models@acmetenancy/fraud-scorer/3/model.onnx', modelSha256: SHA, functionsApplicationId: APPLICATION,
};
export const OKE: Base = {
  ...common, endpointName: 'fraud-scorer-oke', target: 'oke', image: IMAGE, modelUri: 'oci://models@acmetenancy/fraud-scorer/3/model.onnx', modelSha256: SHA,
  clusterId: CLUSTER, subnetId: SUBNET, serviceHostname: 'fraud-scorer.mlops.internal',
};
export const DATASCIENCE: Base = {
  ...common, endpointName: 'fraud-scorer-ds', target: 'datascience', projectId: PROJECT, modelCatalogId: CATALOG_MODEL, subnetId: SUBNET,
  functionsApplicationId: APPLICATION, predictProxyImage: PROXY_IMAGE, tenancyId: TENANCY,
};
