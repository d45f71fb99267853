import { RESOURCE_NAME_PATTERN } from './private/names';
import { Aspects } from 'cdktf';
import { Construct } from 'constructs';
import { LoggingLogGroup } from '../.gen/providers/oci/logging-log-group';
import { CompartmentBudget } from './cost/compartment-budget';
import { type NotebookSessionSpec, DataScienceWorkspace, type TrainingJobSpec } from './datascience/data-science-workspace';
import { type MlopsPlatform, type PlatformBudgetOptions, type PlatformOkeOptions } from './mlops-platform';
import { type IPlatformNetwork } from './network/platform-network';
import { type ITopics, NotificationTopics, type TopicSubscription } from './observability/notification-topics';
import { OkeCluster } from './serving/oke-cluster';
import { platformDefinedTags } from './platform/platform-tags';
import { ApplyTags } from './tagging/apply-tags';

export interface TeamWorkspaceProps {
  /** Team name: part of every resource name. */
  readonly team: string;
  /** Compartment of the team's resources (it exists already; the platform engineer made it). */
  readonly compartmentId: string;
  /** The shared platform the team builds on. */
  readonly platform: MlopsPlatform;
  /**
   * The team's own network (bring your own VCN and subnets).
   * @default - the platform's network
   */
  readonly existingNetwork?: IPlatformNetwork;
  /** Values of the platform tag keys on the team's resources. @default - team only */
  readonly tagValues?: { readonly costCenter?: string; readonly environment?: string };
  /** Freeform tags of every team resource. @default {} */
  readonly freeformTags?: Record<string, string>;
  /** Defined tags (`<namespace>.<key>`) of every team resource. @default {} */
  readonly definedTags?: Record<string, string>;
  /** Monthly budget of the team compartment. @default - no budget */
  readonly budget?: PlatformBudgetOptions;
  /** Subscriptions of the team's critical, warning and info topics. @default - none */
  readonly subscriptions?: readonly TopicSubscription[];
  /** Notebook sessions of the team. @default - none */
  readonly notebookSessions?: readonly NotebookSessionSpec[];
  /** Allow GPU shapes for the team's notebooks and jobs. @default false */
  readonly allowGpuShapes?: boolean;
  /** Model names of the team's registry. @default - none */
  readonly modelNames?: readonly string[];
  /** Training jobs of the team. @default - none */
  readonly trainingJobs?: readonly TrainingJobSpec[];
  /** A cluster of the team's own. @default - none (endpoints use the platform's cluster, if any) */
  readonly oke?: PlatformOkeOptions;
}

/**
 * Defines one team's part of the platform in the team's compartment: its Notifications topics,
 * budget, Data Science project (notebooks, registry, training jobs), log group and, optionally, an
 * OKE cluster, on the platform's network or the team's own.
 */
export class TeamWorkspace extends Construct {
  readonly team: string;
  readonly compartmentId: string;
  readonly platform: MlopsPlatform;
  readonly network: IPlatformNetwork;
  readonly topics: ITopics;
  readonly logGroupId: string;
  readonly dataScience: DataScienceWorkspace;
  readonly budget?: CompartmentBudget;
  readonly oke?: OkeCluster;

  constructor(scope: Construct, id: string, props: TeamWorkspaceProps) {
    super(scope, id);
    if (!RESOURCE_NAME_PATTERN.test(props.team)) {
      throw new Error(`${this.node.path}: team must be 2-32 characters of a-z, 0-9 and "-", starting with a letter, got ${JSON.stringify(props.team)}`);
    }
    this.team = props.team;
    this.compartmentId = props.compartmentId;
    this.platform = props.platform;
    this.network = props.existingNetwork ?? props.platform.network;
    const prefix = `${props.platform.name}-${props.team}`;
    const compartmentId = props.compartmentId;

    // The platform's namespace, whether it defined it or was given an existing one.
    const namespace = props.platform.tagNamespace;
    const keyValues = { 'cost-center': props.tagValues?.costCenter, team: props.team, environment: props.tagValues?.environment };
    Aspects.of(this).add(new ApplyTags({
      freeformTags: { 'managed-by': 'oci-mlops', ...props.freeformTags },
      definedTags: {
        ...(namespace ? platformDefinedTags(namespace, keyValues) : {}),
        ...props.definedTags,
      },
    }));

    const topics = new NotificationTopics(this, 'Topics', { compartmentId, namePrefix: prefix, subscriptions: props.subscriptions });
    this.topics = topics.topicIds;
    this.logGroupId = new LoggingLogGroup(this, 'LogGroup', { compartmentId, displayName: `${prefix}-logs`, description: `Logs of team ${props.team}` }).id;

    this.dataScience = new DataScienceWorkspace(this, 'DataScience', {
      compartmentId, namePrefix: prefix, subnetId: this.network.subnetIds.workloads, logGroupId: this.logGroupId,
      notebookSessions: props.notebookSessions, allowGpuShapes: props.allowGpuShapes, modelNames: props.modelNames, trainingJobs: props.trainingJobs,
    });
    if (props.budget) {
      this.budget = new CompartmentBudget(this, 'Budget', { ...props.budget, tenancyId: props.platform.tenancyId, targetCompartmentId: compartmentId, displayName: prefix });
    }
    if (props.oke) {
      const nsg = (tier: 'workloads' | 'endpoints') => (this.network.nsgIds[tier] ? [this.network.nsgIds[tier]!] : undefined);
      this.oke = new OkeCluster(this, 'Oke', {
        ...props.oke, compartmentId, name: `${prefix}-oke`, vcnId: this.network.vcnId, endpointSubnetId: this.network.subnetIds.endpoints,
        workerSubnetId: this.network.subnetIds.workloads, loadBalancerSubnetId: this.network.subnetIds.endpoints,
        endpointNsgIds: nsg('endpoints'), workerNsgIds: nsg('workloads'), kmsKeyId: props.platform.vault.keyId,
      });
    }
  }
}
