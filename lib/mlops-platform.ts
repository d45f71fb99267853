import { RESOURCE_NAME_PATTERN } from './private/names';
import { Aspects, TerraformOutput } from 'cdktf';
import { Construct } from 'constructs';
import { DevopsProject } from '../.gen/providers/oci/devops-project';
import { IdentityCompartment } from '../.gen/providers/oci/identity-compartment';
import { type NotebookSessionSpec, type TrainingJobSpec, DataScienceWorkspace } from './datascience/data-science-workspace';
import { type IPlatformNetwork, PlatformNetwork } from './network/platform-network';
import { type ITopics, type TopicSubscription } from './observability/notification-topics';
import { PlatformObservability } from './observability/platform-observability';
import { serviceLog } from './observability/service-log';
import { CompartmentBudget, type CompartmentBudgetProps } from './cost/compartment-budget';
import { PlatformIam } from './platform/platform-iam';
import { platformDefinedTags, PlatformTags } from './platform/platform-tags';
import { type IPlatformVault, PlatformVault } from './security/platform-vault';
import { type ApiAuthentication } from './serving/api-authentication';
import { OciFunction } from './serving/oci-function';
import { OkeCluster, type OkeClusterProps } from './serving/oke-cluster';
import { type IServingBase, ServingBase } from './serving/serving-base';
import { SecureBucket } from './storage/secure-bucket';
import { ApplyTags } from './tagging/apply-tags';
import { ExperimentTracking, type ExperimentTrackingProps } from './tracking/experiment-tracking';

/** Experiment tracking settings of the platform. */
export type PlatformTrackingOptions = Pick<ExperimentTrackingProps, 'image' | 'serverOcpus' | 'serverMemoryGb' | 'databaseOcpus' | 'databaseMemoryGb' | 'backupRetentionDays' | 'pathPrefix' | 'rateLimitPerSecond' | 'rateLimitKey'> & {
  /** How callers of the tracking API authenticate. */
  readonly authentication: ApiAuthentication;
};

/** OKE settings of the platform. */
export type PlatformOkeOptions = Pick<OkeClusterProps, 'kubernetesVersion' | 'nodeType' | 'nodeShape' | 'nodeOcpus' | 'nodeMemoryGb' | 'minNodes' | 'maxNodes' | 'nodeImageId'>;

/** Budget of the platform compartment. */
export type PlatformBudgetOptions = Pick<CompartmentBudgetProps, 'monthlyAmount' | 'actualThresholdsPercent' | 'forecastThresholdsPercent' | 'alertEmails'>;

export interface MlopsPlatformProps {
  /** Tenancy OCID: dynamic groups, budgets, audit retention and the tag namespace are tenancy-level. */
  readonly tenancyId: string;
  /** Compartment in which the platform's compartment is defined (or which it uses, see existingCompartmentId). */
  readonly parentCompartmentId: string;
  /** Region of the platform (the stack's provider region), for service principals such as `objectstorage-<region>`. */
  readonly region: string;
  /**
   * Platform name: the child compartment's name and the prefix of every resource name.
   * @default 'mlops'
   */
  readonly name?: string;
  /**
   * Use this compartment instead of defining a child compartment.
   * @default - a child compartment `<name>` of parentCompartmentId is defined
   */
  readonly existingCompartmentId?: string;
  /**
   * Tag namespace with the cost-center, team and environment keys, defined in the tenancy; `false`
   * when it exists already (name it in tagNamespace) or tags are not wanted.
   * @default true
   */
  readonly defineTagNamespace?: boolean;
  /**
   * Name of the tag namespace, whose `cost-center`, `team` and `environment` keys are applied to every resource.
   * @default - 'mlops' when defineTagNamespace; no defined tags when defineTagNamespace is false and this is unset
   */
  readonly tagNamespace?: string;
  /** Values of the platform's own tags. @default - team 'platform', environment 'prod', no cost center */
  readonly tagValues?: { readonly costCenter?: string; readonly team?: string; readonly environment?: string };
  /** Freeform tags applied to every resource. @default {} */
  readonly freeformTags?: Record<string, string>;

  /** An existing network to use (bring your own VCN and subnets). @default - a network is defined */
  readonly existingNetwork?: IPlatformNetwork;
  /** CIDR of the VCN. @default '10.0.0.0/16' */
  readonly vcnCidr?: string;
  /** CIDR of the workloads subnet. @default '10.0.0.0/20' */
  readonly workloadsSubnetCidr?: string;
  /** CIDR of the data subnet. @default '10.0.16.0/22' */
  readonly dataSubnetCidr?: string;
  /** CIDR of the endpoints subnet. @default '10.0.20.0/24' */
  readonly endpointsSubnetCidr?: string;
  /** Define a public subnet and put the API Gateway on the internet. @default false */
  readonly enablePublicGateway?: boolean;
  /** CIDR of the public subnet. @default '10.0.21.0/24' */
  readonly publicSubnetCidr?: string;

  /** An existing vault and key to use. @default - a virtual private vault and a rotated AES-256 key are defined */
  readonly existingVault?: IPlatformVault;
  /** Vault type when one is defined. @default 'VIRTUAL_PRIVATE' */
  readonly vaultType?: 'VIRTUAL_PRIVATE' | 'DEFAULT';
  /** Days between automatic key rotations, 60-365. @default 90 */
  readonly keyRotationIntervalDays?: number;

  /** Days after which prediction logs move to Archive. @default 30 */
  readonly predictionLogArchiveAfterDays?: number;
  /** Days after which prediction logs are deleted. @default 365 */
  readonly predictionLogDeleteAfterDays?: number;

  /** Notebook sessions of the shared Data Science project. @default - none */
  readonly notebookSessions?: readonly NotebookSessionSpec[];
  /** Allow GPU shapes for notebooks and jobs. @default false */
  readonly allowGpuShapes?: boolean;
  /** Model names of the shared registry (one model version set each). @default - none */
  readonly modelNames?: readonly string[];
  /** Define a Data Science private endpoint. @default false */
  readonly enableDataSciencePrivateEndpoint?: boolean;
  /** Training jobs. @default - none */
  readonly trainingJobs?: readonly TrainingJobSpec[];

  /** Experiment tracking (MLflow); `false` turns it off. */
  readonly experimentTracking: PlatformTrackingOptions | false;
  /** An OKE cluster for model endpoints. @default - no cluster */
  readonly oke?: PlatformOkeOptions;
  /** Processor architecture of functions. @default 'GENERIC_X86' */
  readonly functionsShape?: 'GENERIC_X86' | 'GENERIC_ARM' | 'GENERIC_X86_ARM';
  /** Only run function images signed with this Vault key. @default - signature verification off */
  readonly imageSigningKeyId?: string;
  /**
   * OCIR image of the canary gate (functions/canary-gate), which canary releases invoke between steps.
   * @default - no canary gate function (canary releases must name one)
   */
  readonly canaryGateImage?: string;
  /**
   * Display name of the governance function (ModelGovernance: `<name>-governance`) in the platform's
   * Functions application, with which the canary gate records each decision; give ModelGovernance
   * `canaryGateFunctionId` so that it accepts them.
   * @default - decisions are logged only, not recorded in governance
   */
  readonly canaryGateGovernanceFunctionName?: string;
  /**
   * Fail a canary stage whose decision could not be recorded in governance (a release can override it).
   * @default false
   */
  readonly canaryGateRequireGovernanceRecord?: boolean;

  /** An existing log group. @default - a log group is defined */
  readonly existingLogGroupId?: string;
  /** Existing topics per severity. @default - one topic per severity is defined */
  readonly existingTopics?: ITopics;
  /** Subscriptions of the platform's topics. @default - none */
  readonly subscriptions?: readonly TopicSubscription[];
  /** Tenancy audit retention in days, or false to leave it alone. @default 365 */
  readonly auditRetentionDays?: number | false;
  /** Monthly budget of the platform compartment. @default - no budget */
  readonly budget?: PlatformBudgetOptions;
  /**
   * Define the dynamic groups and least-privilege policies; `false` when the identity team manages IAM.
   * @default true
   */
  readonly defineIam?: boolean;
}

/**
 * Defines the shared MLOps platform on OCI: compartment and tags, network, vault and key, buckets,
 * Data Science, experiment tracking, serving base (Functions, API Gateway, optional OKE),
 * observability base, CI/CD project and budget. Every part is an exported construct of its own,
 * and most can be replaced by an existing resource.
 */
export class MlopsPlatform extends Construct {
  readonly compartmentId: string;
  readonly tenancyId: string;
  readonly name: string;
  readonly tags?: PlatformTags;
  /** Namespace of the cost-center, team and environment tag keys, defined here or existing; undefined when tags are off. */
  readonly tagNamespace?: string;
  readonly network: IPlatformNetwork;
  readonly vault: IPlatformVault;
  readonly buckets: { readonly models: SecureBucket; readonly datasets: SecureBucket; readonly predictionLogs: SecureBucket; readonly buildArtifacts: SecureBucket };
  readonly observability: PlatformObservability;
  readonly topics: ITopics;
  readonly logGroupId: string;
  readonly dataScience: DataScienceWorkspace;
  readonly serving: ServingBase;
  /** Functions application and API Gateway, for model endpoints. */
  readonly servingBase: IServingBase;
  readonly tracking?: ExperimentTracking;
  readonly oke?: OkeCluster;
  readonly devopsProject: DevopsProject;
  readonly budget?: CompartmentBudget;
  readonly iam?: PlatformIam;
  /** The canary gate function, when canaryGateImage is given. */
  readonly canaryGateFunctionId?: string;

  constructor(scope: Construct, id: string, props: MlopsPlatformProps) {
    super(scope, id);
    this.name = props.name ?? 'mlops';
    this.tenancyId = props.tenancyId;
    const prefix = this.name;
    if (!RESOURCE_NAME_PATTERN.test(this.name)) {
      throw new Error(`${this.node.path}: name must be 2-32 characters of a-z, 0-9 and "-", starting with a letter, got ${JSON.stringify(this.name)}`);
    }

    this.compartmentId = props.existingCompartmentId ?? new IdentityCompartment(this, 'Compartment', {
      compartmentId: props.parentCompartmentId, name: this.name, description: `oci-mlops platform ${this.name}`, enableDelete: false,
    }).id;
    const compartmentId = this.compartmentId;

    const defineTags = props.defineTagNamespace ?? true;
    if (defineTags) this.tags = new PlatformTags(this, 'Tags', { compartmentId: props.tenancyId, namespace: props.tagNamespace });
    this.tagNamespace = this.tags?.namespaceName ?? props.tagNamespace;
    const values = { 'cost-center': props.tagValues?.costCenter, team: props.tagValues?.team ?? 'platform', environment: props.tagValues?.environment ?? 'prod' };
    Aspects.of(this).add(new ApplyTags({
      freeformTags: { 'managed-by': 'oci-mlops', ...props.freeformTags },
      definedTags: this.tagNamespace ? platformDefinedTags(this.tagNamespace, values) : undefined,
      tagDefinitions: this.tags ? Object.values(this.tags.keys) : undefined,
    }));

    this.observability = new PlatformObservability(this, 'Observability', {
      compartmentId, tenancyId: props.tenancyId, namePrefix: prefix, existingLogGroupId: props.existingLogGroupId,
      existingTopics: props.existingTopics, subscriptions: props.subscriptions, auditRetentionDays: props.auditRetentionDays,
    });
    this.topics = this.observability.topics;
    this.logGroupId = this.observability.logGroupId;

    this.network = props.existingNetwork ?? new PlatformNetwork(this, 'Network', {
      compartmentId, namePrefix: prefix, vcnCidr: props.vcnCidr, workloadsSubnetCidr: props.workloadsSubnetCidr,
      dataSubnetCidr: props.dataSubnetCidr, endpointsSubnetCidr: props.endpointsSubnetCidr,
      enablePublicGateway: props.enablePublicGateway, publicSubnetCidr: props.publicSubnetCidr, flowLogGroupId: this.logGroupId,
    });
    if (props.enablePublicGateway && props.existingNetwork && !props.existingNetwork.publicSubnetId) {
      throw new Error(`${this.node.path}: enablePublicGateway needs existingNetwork.publicSubnetId (a public subnet for the gateway)`);
    }
    const nsg = (tier: 'workloads' | 'data' | 'endpoints' | 'public') => (this.network.nsgIds[tier] ? [this.network.nsgIds[tier]!] : undefined);

    this.vault = props.existingVault ?? new PlatformVault(this, 'Vault', {
      compartmentId, namePrefix: prefix, vaultType: props.vaultType, rotationIntervalDays: props.keyRotationIntervalDays,
    });
    const kmsKeyId = this.vault.keyId;
    this.buckets = {
      models: new SecureBucket(this, 'ModelsBucket', { compartmentId, bucketName: `${prefix}-models`, kmsKeyId }),
      datasets: new SecureBucket(this, 'DatasetsBucket', { compartmentId, bucketName: `${prefix}-datasets`, kmsKeyId }),
      predictionLogs: new SecureBucket(this, 'PredictionLogsBucket', {
        compartmentId, bucketName: `${prefix}-prediction-logs`, kmsKeyId,
        lifecycleRules: [{ name: 'prediction-logs', archiveAfterDays: props.predictionLogArchiveAfterDays ?? 30, deleteAfterDays: props.predictionLogDeleteAfterDays ?? 365 }],
      }),
      buildArtifacts: new SecureBucket(this, 'BuildArtifactsBucket', { compartmentId, bucketName: `${prefix}-build-artifacts`, kmsKeyId }),
    };

    this.dataScience = new DataScienceWorkspace(this, 'DataScience', {
      compartmentId, namePrefix: prefix, subnetId: this.network.subnetIds.workloads, logGroupId: this.logGroupId,
      notebookSessions: props.notebookSessions, allowGpuShapes: props.allowGpuShapes, modelNames: props.modelNames,
      enablePrivateEndpoint: props.enableDataSciencePrivateEndpoint, privateEndpointNsgIds: nsg('workloads'), trainingJobs: props.trainingJobs,
    });

    const gatewaySubnetId = props.enablePublicGateway ? this.network.publicSubnetId! : this.network.subnetIds.endpoints;
    this.serving = new ServingBase(this, 'Serving', {
      compartmentId, namePrefix: prefix, functionsSubnetId: this.network.subnetIds.workloads, functionsNsgIds: nsg('workloads'),
      gatewaySubnetId, gatewayNsgIds: nsg(props.enablePublicGateway ? 'public' : 'endpoints'), enablePublicGateway: props.enablePublicGateway,
      logGroupId: this.logGroupId, functionsShape: props.functionsShape, imageSigningKeyId: props.imageSigningKeyId,
    });
    this.servingBase = this.serving;
    if (props.canaryGateImage) {
      this.canaryGateFunctionId = new OciFunction(this, 'CanaryGate', {
        applicationId: this.serving.functionsApplicationId, displayName: `${prefix}-canary-gate`, image: props.canaryGateImage, memoryMib: 256, timeoutSec: 120,
        // Default compartment of the metrics; a release passes its endpoint's compartment in each invocation.
        config: {
          OCI_MLOPS_CANARY_COMPARTMENT_ID: compartmentId,
          ...(props.canaryGateGovernanceFunctionName !== undefined ? {
            OCI_MLOPS_CANARY_GOVERNANCE_APPLICATION_ID: this.serving.functionsApplicationId,
            OCI_MLOPS_CANARY_GOVERNANCE_FUNCTION_NAME: props.canaryGateGovernanceFunctionName,
          } : {}),
          OCI_MLOPS_CANARY_REQUIRE_GOVERNANCE_RECORD: String(props.canaryGateRequireGovernanceRecord ?? false),
        },
      }).functionId;
    }

    if (props.experimentTracking) {
      this.tracking = new ExperimentTracking(this, 'ExperimentTracking', {
        ...props.experimentTracking, compartmentId, namePrefix: prefix, subnetId: this.network.subnetIds.workloads, nsgIds: nsg('workloads'),
        dataSubnetId: this.network.subnetIds.data, dataNsgIds: nsg('data'), vault: this.vault, apiGatewayId: this.serving.apiGatewayId, logGroupId: this.logGroupId,
      });
    }
    if (props.oke) {
      this.oke = new OkeCluster(this, 'Oke', {
        ...props.oke, compartmentId, name: `${prefix}-oke`, vcnId: this.network.vcnId, endpointSubnetId: this.network.subnetIds.endpoints,
        workerSubnetId: this.network.subnetIds.workloads, loadBalancerSubnetId: this.network.subnetIds.endpoints,
        endpointNsgIds: nsg('endpoints'), workerNsgIds: nsg('workloads'), kmsKeyId,
      });
    }

    this.devopsProject = new DevopsProject(this, 'DevopsProject', {
      compartmentId, name: `${prefix}-cicd`, description: 'Model build and release pipelines', notificationConfig: { topicId: this.topics.info },
    });
    serviceLog(this, 'DevopsLog', { logGroupId: this.logGroupId, service: 'devops', category: 'all', resourceId: this.devopsProject.id, displayName: `${prefix}-devops` });

    if (props.budget) {
      this.budget = new CompartmentBudget(this, 'Budget', { ...props.budget, tenancyId: props.tenancyId, targetCompartmentId: compartmentId, displayName: `${prefix}-platform` });
    }
    if (props.defineIam ?? true) {
      this.iam = new PlatformIam(this, 'Iam', {
        tenancyId: props.tenancyId, compartmentId, region: props.region, namePrefix: prefix, keyId: kmsKeyId, vaultId: this.vault.vaultId,
        dataBucketNames: [this.buckets.models.bucketName, this.buckets.datasets.bucketName],
        modelBucketNames: [this.buckets.models.bucketName],
        trackingArtifactBucketName: this.tracking?.artifacts.bucketName,
        okeClusterId: this.oke?.clusterId,
        predictionLogBucketName: this.buckets.predictionLogs.bucketName,
      });
    }
    this.defineOutputs();
  }

  private defineOutputs(): void {
    // Readable output names (`platform_api_gateway_id`) instead of path-hashed logical ids.
    const out = (id: string, value: string, description: string) =>
      new TerraformOutput(this, id, { value, description }).overrideLogicalId(`${this.node.id}_${id}`.toLowerCase());
    out('compartment_id', this.compartmentId, 'Platform compartment OCID');
    out('vcn_id', this.network.vcnId, 'VCN OCID');
    out('workloads_subnet_id', this.network.subnetIds.workloads, 'Private subnet of workloads');
    out('vault_id', this.vault.vaultId, 'Vault OCID');
    out('key_id', this.vault.keyId, 'Master encryption key OCID');
    out('models_bucket', this.buckets.models.bucketName, 'Bucket of model artifacts');
    out('data_science_project_id', this.dataScience.projectId, 'Data Science project OCID');
    out('functions_application_id', this.serving.functionsApplicationId, 'Functions application OCID');
    out('api_gateway_id', this.serving.apiGatewayId, 'API Gateway OCID');
    out('api_gateway_hostname', this.serving.apiGatewayHostname, 'API Gateway host name');
    out('critical_topic_id', this.topics.critical, 'Notifications topic of critical alerts');
    if (this.tracking) out('mlflow_tracking_uri', `https://${this.serving.apiGatewayHostname}${this.tracking.pathPrefix}`, 'MLFLOW_TRACKING_URI of the experiment tracking server');
    if (this.oke) out('oke_cluster_id', this.oke.clusterId, 'OKE cluster OCID');
  }
}
