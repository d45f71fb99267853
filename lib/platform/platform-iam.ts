import { Construct } from 'constructs';
import { IdentityDynamicGroup } from '../../.gen/providers/oci/identity-dynamic-group';
import { IdentityPolicy } from '../../.gen/providers/oci/identity-policy';
import {
  dataSciencePolicyStatements, devopsPolicyStatements, experimentTrackingPolicyStatements, functionsPolicyStatements,
  MatchingRule, type MatchingRuleResourceType, okeWorkloadPolicyStatements, type PolicyStatement, servicePolicyStatements,
} from '../iam';

/** Kubernetes namespace and service account that OKE model servers run as (ModelEndpoint's manifests use them). */
export const OKE_SERVING_IDENTITY = { namespace: 'mlops-serving', serviceAccount: 'model-server' } as const;

export interface PlatformIamProps {
  /** Tenancy OCID: dynamic groups live in the tenancy. */
  readonly tenancyId: string;
  /** Platform compartment: every policy is attached to it and every grant is limited to it. */
  readonly compartmentId: string;
  /** Region of the platform (Object Storage acts as `objectstorage-<region>`). */
  readonly region: string;
  /** Name prefix of dynamic groups and policies, unique in the tenancy. */
  readonly namePrefix: string;
  /** Customer-managed key of buckets, streams and volumes. */
  readonly keyId: string;
  /** Vault of the platform's secrets. */
  readonly vaultId: string;
  /** Buckets Data Science workloads read and write. */
  readonly dataBucketNames: readonly string[];
  /** Buckets model servers read models from. */
  readonly modelBucketNames: readonly string[];
  /**
   * MLflow artifact bucket, when experiment tracking is on.
   * @default - no tracking grants
   */
  readonly trackingArtifactBucketName?: string;
  /**
   * OKE cluster whose model servers get workload-identity grants.
   * @default - no OKE grants
   */
  readonly okeClusterId?: string;
  /**
   * Bucket Connector Hub archives prediction logs to.
   * @default - no Connector Hub grants
   */
  readonly predictionLogBucketName?: string;
}

/**
 * Defines the platform's identities and least-privilege policies: dynamic groups for Data Science
 * (notebook sessions, job runs, model deployments), Functions, DevOps pipelines and the MLflow
 * container, workload identity for OKE model servers, and the service grants (Object Storage,
 * Functions, API Gateway, Connector Hub). Statements are built from typed parts (lib/iam) and
 * every grant is limited to the platform compartment.
 */
export class PlatformIam extends Construct {
  readonly dynamicGroups: Record<string, IdentityDynamicGroup> = {};
  readonly policies: Record<string, IdentityPolicy> = {};

  constructor(scope: Construct, id: string, props: PlatformIamProps) {
    super(scope, id);
    const c = props.compartmentId;
    const group = (key: string, description: string, types: readonly MatchingRuleResourceType[]): string => {
      const name = `${props.namePrefix}-${key}`;
      this.dynamicGroups[key] = new IdentityDynamicGroup(this, `DynamicGroup-${key}`, {
        compartmentId: props.tenancyId, name, description, matchingRule: MatchingRule.resourceTypesInCompartment(types, c).toString(),
      });
      return this.dynamicGroups[key].name;
    };
    const policy = (key: string, description: string, statements: readonly PolicyStatement[]): void => {
      if (statements.length > 50) throw new Error(`${this.node.path}: policy ${key} has ${statements.length} statements; OCI allows 50 per policy`);
      this.policies[key] = new IdentityPolicy(this, `Policy-${key}`, {
        compartmentId: c, name: `${props.namePrefix}-${key}`, description, statements: statements.map(String),
      });
    };

    const ds = group('datascience', 'Data Science notebook sessions, job runs and model deployments of the platform', ['datasciencenotebooksession', 'datasciencejobrun', 'datasciencemodeldeployment']);
    policy('datascience', 'Data Science workloads: platform buckets, the platform key and secrets, logs', dataSciencePolicyStatements({
      dynamicGroupName: ds, compartmentId: c, bucketNames: props.dataBucketNames, keyId: props.keyId, secretsVaultId: props.vaultId,
    }));
    const fn = group('functions', 'Functions of the platform (inference, monitor, governance)', ['fnfunc']);
    policy('functions', 'Functions: read models, write logs and inference metrics', functionsPolicyStatements({ dynamicGroupName: fn, compartmentId: c, modelBucketNames: props.modelBucketNames }));
    const devops = group('devops', 'DevOps build and deploy pipelines and repositories of the platform', ['devopsbuildpipeline', 'devopsdeploypipeline', 'devopsrepository', 'devopsconnection']);
    policy('devops', 'DevOps pipelines: push images, deploy functions and OKE workloads, read pipeline secrets', devopsPolicyStatements({ dynamicGroupName: devops, compartmentId: c, secretsVaultId: props.vaultId }));
    if (props.trackingArtifactBucketName) {
      const tracking = group('tracking', 'The MLflow tracking server container', ['computecontainerinstance']);
      policy('tracking', 'MLflow server: artifacts bucket and its database password', experimentTrackingPolicyStatements({
        dynamicGroupName: tracking, compartmentId: c, artifactBucketName: props.trackingArtifactBucketName, secretsVaultId: props.vaultId,
      }));
    }
    if (props.okeClusterId) {
      policy('oke-workloads', 'OKE model servers (workload identity): read models, write logs and inference metrics', okeWorkloadPolicyStatements({
        compartmentId: c, clusterId: props.okeClusterId, modelBucketNames: props.modelBucketNames, ...OKE_SERVING_IDENTITY,
      }));
    }
    policy('services', 'OCI services acting for the platform: Object Storage with the key, Functions, API Gateway, Connector Hub', servicePolicyStatements({
      compartmentId: c, region: props.region, keyId: props.keyId, connectorTargetBucketName: props.predictionLogBucketName, enableConnectorFunctionTarget: true,
    }));
  }
}
